import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Problem } from "@/app/_lib/content/problems";
import { reporter } from "@/app/_lib/content/reporter";
import { checkItem, parseYaml } from "@/app/_lib/content/yaml-source";

const display = (path: string) => path.replace("/root/", "");

describe("a reporter", () => {
  it("reports for its file, and for another file into the same list", () => {
    const problems: Problem[] = [];
    const r = reporter(problems, display, "/root/tiny/map.yaml");
    r.at(3, "node id 'dns' is used twice");
    r.child("/root/tiny/journey.yaml").at(1, "a flow needs an architecture: to be listed with");
    expect(problems).toEqual([
      { file: "tiny/map.yaml", line: 3, message: "node id 'dns' is used twice" },
      { file: "tiny/journey.yaml", line: 1, message: "a flow needs an architecture: to be listed with" },
    ]);
    expect(r.count()).toBe(2);
    expect(r.where(3)).toBe("tiny/map.yaml:3");
  });

  it("counts lines from where its text starts in the file", () => {
    const problems: Problem[] = [];
    const front = reporter(problems, display, "/root/concepts/dns.mdx").from(2);
    front.at(1, "first line of the frontmatter");
    front.from(3).at(1, "a text inside it");
    expect(problems.map((p) => p.line)).toEqual([2, 4]);
    expect(front.where(1)).toBe("concepts/dns.mdx:2");
  });

  it("tells whether its file has problems, whoever reported them", () => {
    const problems: Problem[] = [];
    const chapter = reporter(problems, display, "/root/tiny/chapters/ask.mdx");
    chapter.child("/root/tiny/map.yaml").at(1, "file is missing");
    expect(chapter.hasProblems()).toBe(false);
    chapter.from(2).at(1, "YAML: bad indentation");
    expect(chapter.hasProblems()).toBe(true);
  });

  it("writes a schema issue as its path and message, after the item's name", () => {
    const problems: Problem[] = [];
    const r = reporter(problems, display, "/root/tiny/quizzes.yaml");
    r.issue(1, ["options", 1, "why"], "is required");
    r.issue(2, [], "must be a list of quizzes");
    r.named("quiz 'why-tls'").issue(3, ["options"], "needs at least two options");
    r.named("quiz 'why-tls'").issue(4, [], "unknown field 'hint'");
    r.named("quiz 'why-tls'").at(5, "asks twice");
    expect(problems.map((p) => p.message)).toEqual([
      "options[1].why: is required",
      "must be a list of quizzes",
      "quiz 'why-tls' options: needs at least two options",
      "quiz 'why-tls': unknown field 'hint'",
      "quiz 'why-tls' asks twice",
    ]);
  });

  it("names a list item by its id, or by its place when it has none", () => {
    const problems: Problem[] = [];
    const r = reporter(problems, display, "/root/tiny/lenses.yaml");
    const src = parseYaml("- id: network\n  label: 3\n  extra: 1\n- label: x\n  extra: 1\n", r)!;
    const Item = z.strictObject({ id: z.string({ error: "is required" }), label: z.string({ error: "must be text" }) });
    expect(checkItem(Item, src, 0, "lens", r)).toBeUndefined();
    expect(checkItem(Item, src, 1, "lens", r)).toBeUndefined();
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      "2: lens 'network' label: must be text",
      "3: lens 'network': unknown field 'extra'",
      "4: lens 2 in this file id: is required",
      "5: lens 2 in this file: unknown field 'extra'",
    ]);
  });
});
