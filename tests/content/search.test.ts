/** Site search over the real content: it finds what a reader looks for, lands where it should, and stays small. */
import { join } from "node:path";
import { architectureHref } from "@/app/_lib/architecture/explorer-model";
import { forkHref, stepHref } from "@/app/_lib/journey/pages";
import { buildSearchDocs, encodeIndex, SEARCH_INDEX_BUDGET } from "@/app/_lib/search/build";
import { indexDocs } from "@/app/_lib/search/query";
import { loadRoot, PROJECT_DIR } from "./load-helpers";

const content = loadRoot(join(PROJECT_DIR, "journeys"), PROJECT_DIR);
const docs = buildSearchDocs(content);
const search = indexDocs(docs);
const kareem = content.journeys.find((j) => j.slug === "kareems-click")!;
const hrefs = (q: string, limit = 5) => search(q, limit).map((h) => h.doc.href);

describe("site search over journeys/", () => {
  it("finds the step about connection pools, and lands on it: its chapter's page, the step as the hash", () => {
    const step = kareem.steps.find((s) => s.id === "pool-and-transaction")!;
    const href = stepHref(kareem.slug, kareem.chapters, kareem.steps, step.index)!;
    expect(href).toBe("/journeys/kareems-click/storing-data#pool-and-transaction");
    const hit = search("connection pool", 3).find((h) => h.doc.href === href);
    expect(hit?.doc).toMatchObject({ kind: "step", title: step.caption, trail: [kareem.title, "Storing data"], layer: "data" });
    // The card of the same name comes first.
    expect(hrefs("connection pool", 1)).toEqual(["/concepts/connection-pool"]);
  });

  it("finds cards, parts of architectures and fork steps by their names", () => {
    expect(hrefs("circuit breaker", 1)).toEqual(["/concepts/circuit-breaker"]);
    expect(hrefs("kafka", 1)).toEqual([architectureHref("production-backend", "kafka")]);
    const fork = kareem.forks.find((f) => f.id === "payment-down")!;
    expect(hrefs("payment provider down", 1)).toEqual([forkHref(kareem.slug, fork.id)]);
    expect(hrefs("breaker")).toContain(forkHref(kareem.slug, fork.id, "pd-breaker-trips"));
  });

  it("holds every step of every journey, fork and flow, and every card, architecture and part, once each", () => {
    const stepDocs = docs.filter((d) => d.kind === "step");
    const steps = content.journeys.flatMap((j) => [
      ...j.steps.map((s) => stepHref(j.slug, j.chapters, j.steps, s.index)),
      ...j.forks.flatMap((f) => f.steps.map((s) => forkHref(j.slug, f.id, s.id))),
    ]);
    expect(stepDocs.map((d) => d.href).sort()).toEqual([...steps].sort());
    expect(new Set(stepDocs.map((d) => d.href)).size).toBe(stepDocs.length);
    expect(docs.filter((d) => d.kind === "card")).toHaveLength(Object.keys(content.concepts).length);
    expect(docs.filter((d) => d.kind === "fork")).toHaveLength(content.journeys.reduce((n, j) => n + j.forks.length, 0));
    expect(docs.filter((d) => d.kind === "architecture")).toHaveLength(content.architectures.length);
    expect(docs.filter((d) => d.kind === "part")).toHaveLength(content.architectures.reduce((n, a) => n + Object.keys(a.details).length, 0));
    for (const d of docs) expect(d.title, d.href).not.toBe("");
  });

  it(`stays under ${SEARCH_INDEX_BUDGET / 1000} KB gzip, what a reader downloads when search first opens`, () => {
    const { gzipBytes } = encodeIndex(docs);
    expect(gzipBytes).toBeLessThanOrEqual(SEARCH_INDEX_BUDGET);
  });
});
