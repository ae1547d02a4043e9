/**
 * Issue 17: the journey drafted from a real trace. The fixture is recorded by the OpenTelemetry
 * SDK (tests/fixtures/trace/make-trace.ts), journeys/checkout-trace is the CLI's draft of it as
 * written, and the CLIs refuse what they must.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "@/app/_lib/content/load";
import { formatProblem } from "@/app/_lib/content/problems";
import { draftJourney } from "@/app/_lib/trace/draft";
import { parseTrace } from "@/app/_lib/trace/parse";
import { bigTrace, otlpText, type SpanSpec } from "../support/otlp";
import { PROJECT_DIR } from "./load-helpers";

const FIXTURE = "tests/fixtures/trace/checkout.json";
const SLUG = "checkout-trace";
/** The title the committed journey was drafted with (`--title`). */
const TITLE = "Follow a checkout through its trace";
const tmp = mkdtempSync(join(tmpdir(), "clickpath-trace-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const tsx = (...args: string[]) => spawnSync(join(PROJECT_DIR, "node_modules", ".bin", "tsx"), args, { cwd: PROJECT_DIR, encoding: "utf8", timeout: 150_000 });

/** Every file under `dir`, by its path inside it. */
function filesIn(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [path.slice(dir.length + 1), readFileSync(path, "utf8")];
      }),
  );
}

describe("journeys/checkout-trace", () => {
  it("is the CLI's draft of the committed fixture, unedited", () => {
    const draft = draftJourney({ text: readFileSync(join(PROJECT_DIR, FIXTURE), "utf8"), file: FIXTURE, slug: SLUG, title: TITLE });
    expect(filesIn(join(PROJECT_DIR, "journeys", SLUG))).toEqual(draft.files);
  });
});

describe("drafts of other traces", () => {
  /** Messaging, a database with a cache beside it (a fan-out), an outside call, an error, and names no MDX attribute or YAML scalar may hold as written. */
  const odd: SpanSpec[] = [
    { id: "a", service: 'shop "web" {api}', name: "POST /buy/<id>", kind: "server", start: 0, end: 60, attrs: { "http.request.method": "POST", "http.route": "/buy/{id}", "url.path": "/buy/7", "url.query": "a=1&password=x" } },
    { id: "b", parent: "a", service: 'shop "web" {api}', name: "publish `order`: #1", kind: "producer", start: 5, end: 8, attrs: { "messaging.system": "rabbitmq", "messaging.destination.name": "orders: new" } },
    { id: "c", parent: "b", service: "mailer", name: "orders: new process", kind: "consumer", start: 9, end: 30, attrs: { "messaging.system": "rabbitmq", "messaging.destination.name": "orders: new" } },
    { id: "d", parent: "a", service: 'shop "web" {api}', name: "SELECT", kind: "client", start: 31, end: 35, attrs: { "db.system": "postgresql", "db.namespace": "shop", "db.statement": "SELECT ```x``` FROM t WHERE token = 'zzz'" } },
    { id: "f", parent: "a", service: 'shop "web" {api}', name: "GET cart", kind: "client", start: 32, end: 34, attrs: { "db.system": "redis" } },
    { id: "e", parent: "a", service: 'shop "web" {api}', name: "POST", kind: "client", start: 36, end: 58, attrs: { "http.request.method": "POST", "url.full": "https://pay.example/c?api_key=k" }, error: "502 <bad gateway>", events: [{ name: "exception", at: 57, attrs: { "exception.type": "Error", "exception.message": "upstream {closed}" } }] },
  ];

  it("pass the content check as they are: messaging, a database, a fan-out, an outside call, odd names, a 3,000-span trace", () => {
    const root = join(tmp, "content");
    mkdirSync(root, { recursive: true });
    for (const shared of ["concepts", "architectures", "architecture-guide.yaml"]) symlinkSync(join(PROJECT_DIR, "journeys", shared), join(root, shared));
    for (const [slug, spans] of [["odd-names", odd], ["big-trace", bigTrace(3000)]] as const) {
      const draft = draftJourney({ text: otlpText(spans), file: `${slug}.json`, slug });
      for (const [path, text] of Object.entries(draft.files)) {
        mkdirSync(dirname(join(root, slug, path)), { recursive: true });
        writeFileSync(join(root, slug, path), text);
      }
    }
    const content = loadContent({ root });
    expect(content.problems.map(formatProblem)).toEqual([]);
    expect(content.journeys.map((j) => [j.slug, j.steps.length])).toEqual([["big-trace", 13], ["odd-names", 5]]);
    expect(content.journeys[1]!.steps.filter((s) => s.branches).map((s) => [s.path, s.branches])).toEqual([[["shop-web-api", "postgresql-shop"], [["shop-web-api", "redis"]]]]);
  }, 60_000);
});

describe("the fixture, recorded again by the SDK", () => {
  it("is one trace through gateway, orders and payments, every parent in it, with a database span and an outside call", () => {
    const out = join(tmp, "trace.json");
    const run = tsx("tests/fixtures/trace/make-trace.ts", out);
    expect(run.status, run.stderr).toBe(0);
    const spans = parseTrace(readFileSync(out, "utf8"), out);
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    expect(new Set(spans.map((s) => s.service))).toEqual(new Set(["gateway", "orders-service", "payments-service"]));
    const ids = new Set(spans.map((s) => s.spanId));
    expect(spans.filter((s) => !s.parentId)).toHaveLength(1);
    expect(spans.filter((s) => s.parentId && !ids.has(s.parentId))).toEqual([]);
    expect(spans.find((s) => s.attributes["db.system"] === "sqlite")?.attributes["db.statement"]).toMatch(/^INSERT INTO orders/);
    expect(spans.filter((s) => s.attributes["server.address"] === "psp.example" && s.kind === "client")).toHaveLength(2);
    expect(spans.some((s) => s.events.some((e) => e.name === "retry"))).toBe(true);
    // What redaction must catch is really there.
    expect(spans.filter((s) => s.attributes["http.request.header.authorization"]).length).toBeGreaterThan(0);
    expect(spans.find((s) => s.attributes["url.query"])?.attributes["url.query"]).toMatch(/token=/);
  }, 150_000);
});

describe("the CLIs", () => {
  it("journey:from-trace writes a new folder, lists what to write, and never writes over one", () => {
    const root = join(tmp, "journeys");
    mkdirSync(root, { recursive: true });
    const first = tsx("app/_lib/trace/from-trace-cli.ts", FIXTURE, "--slug", "draft", "--root", root);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/9 spans → 5 map nodes, 6 steps, clock \d+ ms/);
    expect(first.stdout).toMatch(/draft\/chapters\/part-1\.mdx:9: what happens here/);
    const again = tsx("app/_lib/trace/from-trace-cli.ts", FIXTURE, "--slug", "draft", "--root", root);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toMatch(/draft already exists: choose another --slug, or move the folder away first \(nothing was written\)/);
    const bad = tsx("app/_lib/trace/from-trace-cli.ts", "package.json", "--slug", "other", "--root", root);
    expect(bad.stderr.trim()).toBe("package.json: neither OTLP/JSON (a 'resourceSpans' list) nor Jaeger JSON (a 'data' list)");
    expect(bad.status).toBe(1);
  }, 150_000);

  it("check:content --trace reports drift as path:line problems and exits non-zero", () => {
    const run = tsx("app/_lib/content/check-cli.ts", "--trace", `kareems-click=${FIXTURE}`);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^journeys\/kareems-click\/map\.yaml:\d+: tests\/fixtures\/trace\/checkout\.json shows service 'orders-service', which the map lacks/m);
    const clean = tsx("app/_lib/content/check-cli.ts", "--trace", `${SLUG}=${FIXTURE}`);
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/no drift from checkout-trace=/);
  }, 150_000);
});
