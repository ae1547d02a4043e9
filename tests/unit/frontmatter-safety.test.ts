import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileMdx } from "@/app/_lib/content/content.server";
import { codeFrontmatter } from "@/app/_lib/content/frontmatter";

const dir = mkdtempSync(join(tmpdir(), "clickpath-frontmatter-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const g = globalThis as { __frontMatterRan?: boolean };

/** A body whose front matter, if any engine evaluated it, would write a file and set a global. */
const attack = (language: string, file: string) =>
  `---${language}\nrequire("node:fs").writeFileSync(${JSON.stringify(file)}, "ran"); globalThis.__frontMatterRan = true; module.exports = {}\n---\n\n# Hello\n`;

describe("front matter is data, never code", () => {
  it.each(["js", "javascript", "JS", "coffee"])("the compiler refuses '---%s' front matter without running it", async (language) => {
    const file = join(dir, `${language}.txt`);
    await expect(compileMdx(attack(language, file))).rejects.toThrow(/front matter must be YAML/);
    expect(existsSync(file)).toBe(false);
    expect(g.__frontMatterRan).toBeUndefined();
  });

  it("still compiles YAML front matter (and drops it from the page)", async () => {
    const code = await compileMdx("---\ntitle: Fine\n---\n\n# Hello\n");
    expect(code).toContain("Hello");
    expect(code).not.toContain("title: Fine");
  });

  it("names the language of a front matter block that is not YAML, and nothing else", () => {
    expect(codeFrontmatter("---js\nx\n---\n")).toBe("js");
    expect(codeFrontmatter("---javascript \r\nx\n---\n")).toBe("javascript");
    expect(codeFrontmatter("--- coffee\nx\n---\n")).toBe("coffee");
    expect(codeFrontmatter("---\ntitle: x\n---\n")).toBeUndefined();
    expect(codeFrontmatter("---yaml\ntitle: x\n---\n")).toBeUndefined();
    expect(codeFrontmatter("----\nnot front matter\n")).toBeUndefined();
    expect(codeFrontmatter("# A heading\n---js\n")).toBeUndefined();
  });
});
