/** Site search: what the documents say (on a fixture), what the narration gives them, and how queries rank. */
import { join } from "node:path";
import { architectureHref, nodeOfHash } from "@/app/_lib/architecture/explorer-model";
import { loadContent } from "@/app/_lib/content/load";
import { searchDocuments, type SearchDoc } from "@/app/_lib/search/documents";
import { searchPageHref } from "@/app/_lib/search/hrefs";
import { stepTerms } from "@/app/_lib/search/narration";
import { indexAsync, indexDocs, trailText } from "@/app/_lib/search/query";
import { FIXTURES_DIR } from "../content/load-helpers";

const content = loadContent({ root: join(FIXTURES_DIR, "valid-extras") });

describe("search documents", () => {
  const docs = searchDocuments({ ...content, terms: { tiny: { lookup: ["resolver", "A record"] } } });
  const byHref = (href: string) => docs.filter((d) => d.href === href);

  it("has every step of every chapter and fork, landing on its chapter's page with the step as the hash", () => {
    const tiny = content.journeys.find((j) => j.slug === "tiny")!;
    const steps = docs.filter((d) => d.kind === "step");
    expect(steps).toHaveLength(content.journeys.reduce((n, j) => n + j.steps.length + j.forks.reduce((m, f) => m + f.steps.length, 0), 0));
    // The first chapter is the journey's own page; the others are pages of their own.
    const lookup = steps.find((d) => d.href === "/journeys/tiny#lookup")!;
    expect(lookup).toMatchObject({ title: "The browser asks a resolver where the shop lives.", trail: ["A tiny journey", "Asking the way"], layer: "network" });
    const connect = tiny.steps.find((s) => s.chapterId === "connect")!;
    expect(byHref(`/journeys/tiny/connect#${connect.id}`)).toHaveLength(1);
    // A fork's steps are read on the fork's page, and say which fork they are in.
    expect(byHref("/journeys/tiny/what-if/resolver-down#no-answer")[0]).toMatchObject({ kind: "step", trail: ["A tiny journey", "What if: The resolver does not answer"] });
  });

  it("searches a step's packet, its bold terms and its cards, never shown", () => {
    const lookup = docs.find((d) => d.href === "/journeys/tiny#lookup")!;
    expect(lookup.text).toBe("A? shop.example · resolver · A record · DNS");
  });

  it("has each card, chapter, fork, journey, flow, architecture and part, with where it sits", () => {
    expect(docs.filter((d) => d.kind === "card").map((d) => d.href)).toEqual(["/concepts/dns", "/concepts/tls"]);
    expect(docs.find((d) => d.kind === "chapter" && d.title === "Asking the way")?.href).toBe("/journeys/tiny");
    expect(docs.find((d) => d.kind === "fork")).toMatchObject({ title: "The resolver does not answer", trail: ["A tiny journey"], href: "/journeys/tiny/what-if/resolver-down" });
    expect(docs.find((d) => d.kind === "journey")).toMatchObject({ title: "A tiny journey", href: "/journeys/tiny" });
    // A flow sits under its architecture; its one chapter is the flow's own page, so it is not listed twice.
    expect(docs.find((d) => d.kind === "flow")).toMatchObject({ title: "A read, step by step", trail: ["Two tiers"], href: "/journeys/tiny-flow" });
    expect(docs.filter((d) => d.kind === "chapter" && d.trail[0] === "A read, step by step")).toEqual([]);
    expect(docs.find((d) => d.kind === "step" && d.href.startsWith("/journeys/tiny-flow#"))?.trail).toEqual(["Two tiers", "A read, step by step"]);
    expect(docs.find((d) => d.kind === "architecture")).toMatchObject({ title: "Two tiers", href: "/architectures/two-tier" });
    expect(docs.find((d) => d.kind === "part" && d.title === "Server")).toMatchObject({ trail: ["Two tiers"], layer: "application", href: "/architectures/two-tier#node-server", text: "The rules · Express" });
    // A part only a variation adds is found too (the explorer turns the variation on).
    expect(docs.find((d) => d.kind === "part" && d.title === "Cache")?.href).toBe("/architectures/two-tier#node-cache");
    expect(docs.find((d) => d.title === "Browser" && d.kind === "part")?.text).toBe("The page · Any browser · DNS");
  });
});

describe("an architecture's address names a part", () => {
  it("as #node-<id>, which the explorer reads back", () => {
    expect(architectureHref("two-tier")).toBe("/architectures/two-tier");
    expect(architectureHref("two-tier", "db")).toBe("/architectures/two-tier#node-db");
    expect(nodeOfHash("#node-db")).toBe("db");
    expect(nodeOfHash("#db")).toBeUndefined();
    expect(nodeOfHash("#node-")).toBeUndefined();
    expect(nodeOfHash("#node-%E0%A4%A")).toBeUndefined();
  });
});

describe("stepTerms", () => {
  const mdx = `---
title: A chapter
summary: For the test.
---

<Step id="one" path="a b" caption="One.">

A **connection pool** keeps connections, and a *pool* is **sized on purpose**.

### Pools in practice

\`\`\`sql
SELECT **not a term**
\`\`\`

<Inspect hop="b" title="On the wire">

\`\`\`text Query
**not this either**
\`\`\`

</Inspect>

<Notes>Ask the room about **their own pools**.</Notes>

</Step>

<Step id="two" path="b" caption="Two.">

**connection pool** again, and \`**literal**\`. **Connection pool** once more, **\`max_connections\`**.

</Step>
`;

  it("gives each step its bold terms and headings, never the notes, the inspector or code", () => {
    expect(stepTerms(mdx)).toEqual({
      one: ["connection pool", "sized on purpose", "Pools in practice"],
      two: ["connection pool", "Connection pool", "max_connections"],
    });
  });
});

const doc = (kind: SearchDoc["kind"], title: string, text = "", extra: Partial<SearchDoc> = {}): SearchDoc => ({ kind, title, text, trail: [], href: `/${kind}/${title}`, ...extra });

describe("queries", () => {
  const docs = [
    doc("step", "The repository borrows an open connection from the pool", "connection pool · transaction"),
    doc("card", "Connection pool", "A fixed set of open connections that requests borrow"),
    doc("part", "PgBouncer", "Pools connections in front of PostgreSQL"),
    doc("step", "The gateway checks the token", "JWT · signature"),
    doc("chapter", "Caching", "Copies closer to the reader"),
  ];
  const search = indexDocs(docs);
  const titles = (q: string, limit?: number) => search(q, limit).map((h) => h.doc.title);

  it("finds every word of the query, the last one as a prefix, and ranks titles and cards first", () => {
    // Every word as a prefix: "Pools connections" matches too, after the title and the terms.
    expect(titles("connection pool")).toEqual(["Connection pool", "The repository borrows an open connection from the pool", "PgBouncer"]);
    expect(titles("conn po")).toEqual(titles("connection pool"));
    expect(titles("connection transaction")).toEqual(["The repository borrows an open connection from the pool"]);
    expect(titles("jwt")).toEqual(["The gateway checks the token"]);
  });

  it("forgives a typo in a long word, not in a short one", () => {
    expect(titles("cachng")).toEqual(["Caching"]);
    expect(titles("jwx")).toEqual([]);
  });

  it("returns nothing for an empty query, and at most `limit` results", () => {
    expect(search("   ")).toEqual([]);
    expect(titles("connection", 1)).toEqual(["Connection pool"]);
  });

  it("indexes in slices in the browser, with the same results", async () => {
    const sliced = await indexAsync(docs);
    expect(sliced("connection pool")).toEqual(search("connection pool"));
  });

  it("says where a result sits, and where the results page for a query is", () => {
    expect(trailText({ trail: ["Follow Kareem's click", "Storing data"] })).toBe("Follow Kareem's click › Storing data");
    expect(trailText({ trail: [] })).toBe("");
    expect(searchPageHref(" replica lag ")).toBe("/search?q=replica%20lag");
  });
});
