/**
 * Facts the content once got wrong, each pinned so it stays right. They read the authored files,
 * since that is where a sentence can drift back.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_DIR } from "./load-helpers";

const JOURNEYS = join(PROJECT_DIR, "journeys");
const read = (path: string) => readFileSync(join(JOURNEYS, path), "utf8");

/** Every authored text file under journeys/, as [path relative to journeys/, text]. */
const files: [string, string][] = readdirSync(JOURNEYS, { recursive: true, encoding: "utf8" })
  .filter((p) => /\.(mdx|yaml)$/.test(p))
  .map((p) => [p, read(p)]);

/** The `<Step id="…">` element of a chapter, up to its closing tag. */
function step(path: string, id: string): string {
  const text = read(path);
  const start = text.indexOf(`<Step id="${id}"`);
  expect(start, `${path} has step ${id}`).toBeGreaterThanOrEqual(0);
  return text.slice(start, text.indexOf("</Step>", start));
}

describe("facts in the content", () => {
  it("GraphQL is not said to be POST only: reads can go as GET and be cached", () => {
    const graphql = step("kareems-click/chapters/exposing-the-system.mdx", "three-styles");
    expect(graphql).not.toMatch(/everything is a `?POST`?/);
    expect(graphql).toMatch(/`GET`/);
  });

  it("a synchronous replica is waited for until it flushes; only remote_apply waits until it applies", () => {
    const sync = step("replication/chapters/write-path.mdx", "sync-replica-confirms");
    const caption = /caption="([^"]*)"/.exec(sync)?.[1] ?? "";
    expect(caption).not.toMatch(/appl/);
    expect(sync).toMatch(/flush/);
    expect(sync).toMatch(/remote_apply/);
    expect(sync).not.toMatch(/waits for it to apply/);
  });

  it("production's log level lets through every level its production logs show", () => {
    const SEVERITY = ["debug", "info", "warn", "error"];
    const row = /^log level\s+\S+\s+\S+\s+(\S+)\s*$/m.exec(read("kareems-click/chapters/settings-and-flags.mdx"))?.[1];
    expect(SEVERITY).toContain(row);
    const shown = [...read("kareems-click/chapters/knowing-what-happens.mdx").matchAll(/"level":"(\w+)"/g)].map((m) => m[1]!);
    expect(shown.length).toBeGreaterThan(3);
    for (const level of new Set(shown)) {
      expect(SEVERITY.indexOf(level), `a "${level}" line from production under log level ${row}`).toBeGreaterThanOrEqual(SEVERITY.indexOf(row!));
    }
  });

  it("SQL examples compare with parameters, never with a value pasted into the query", () => {
    const pasted: string[] = [];
    for (const [path, text] of files) {
      for (const block of text.matchAll(/```sql[^\n]*\n([\s\S]*?)```/g)) {
        (block[1] ?? "").split("\n").forEach((line) => {
          const code = line.replace(/--.*$/, "");
          if (/(=|<>|!=)\s*'/.test(code)) pasted.push(`${relative(PROJECT_DIR, join(JOURNEYS, path))}: ${line.trim()}`);
        });
      }
    }
    expect(pasted).toEqual([]);
  });

  it("an SSD random read is stated as the range a typical NVMe drive gives, 50–100 µs", () => {
    const claims = files.flatMap(([path, text]) =>
      text.split("\n").filter((l) => /SSD/.test(l) && /µs/.test(l)).map((l) => [path, l] as const),
    );
    expect(claims.length).toBeGreaterThan(0);
    for (const [path, line] of claims) expect(line, path).toMatch(/50–100 µs/);
  });
});
