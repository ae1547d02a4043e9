/**
 * Issue 17: the journey drafted from a real trace. The fixture is recorded by the OpenTelemetry
 * SDK (tests/fixtures/trace/make-trace.ts), journeys/checkout-trace is the CLI's draft of it as
 * written, and the CLIs refuse what they must.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { draftJourney } from "@/app/_lib/trace/draft";
import { parseTrace } from "@/app/_lib/trace/parse";
import { PROJECT_DIR } from "./load-helpers";

const FIXTURE = "tests/fixtures/trace/checkout.json";
const SLUG = "checkout-trace";
/** The title the committed journey was drafted with (`--title`). */
const TITLE = "Follow a checkout through its trace";
const tmp = mkdtempSync(join(tmpdir(), "clickpath-trace-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const tsx = (...args: string[]) => spawnSync(join(PROJECT_DIR, "node_modules", ".bin", "tsx"), args, { cwd: PROJECT_DIR, encoding: "utf8", timeout: 60_000 });

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
  }, 60_000);
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
  }, 60_000);

  it("check:content --trace reports drift as path:line problems and exits non-zero", () => {
    const run = tsx("app/_lib/content/check-cli.ts", "--trace", `kareems-click=${FIXTURE}`);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^journeys\/kareems-click\/map\.yaml:\d+: tests\/fixtures\/trace\/checkout\.json shows service 'orders-service', which the map lacks/m);
    const clean = tsx("app/_lib/content/check-cli.ts", "--trace", `${SLUG}=${FIXTURE}`);
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/no drift from checkout-trace=/);
  }, 60_000);
});
