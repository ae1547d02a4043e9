/**
 * The layout rules in eslint.config.mjs, each shown failing on a small bad snippet, so none can
 * stop working without a test saying so (a renamed plugin, a `files` glob that matches nothing).
 */
import { fileURLToPath } from "node:url";
import { ESLint, type Linter } from "eslint";

const PROJECT_DIR = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: PROJECT_DIR });

/**
 * The rules that report on `code` as if it were the file at `filePath` (relative to the project).
 * The path is a real file's: the cycle check reads the module graph from disk, starting there.
 */
async function rulesOn(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return [...new Set(result?.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`))];
}

describe("lint holds the layout", { timeout: 60_000 }, () => {
  it("keeps zod and the content schema out of components as values; types are fine", async () => {
    const rule = "@typescript-eslint/no-restricted-imports";
    // A client component's place.
    const file = "components/ui/use-latest.ts";
    expect(await rulesOn(`import { z } from "zod";\nexport const Name = z.string();\n`, file)).toContain(rule);
    expect(await rulesOn(`import * as z from "zod/mini";\nexport const Name = z.string();\n`, file)).toContain(rule);
    expect(await rulesOn(`import { Layer } from "@/app/_lib/content/schema";\nexport const layers = Layer.options;\n`, file)).toContain(rule);
    expect(await rulesOn(`import { Quiz } from "@/app/_lib/content/schema-quiz";\nexport const kinds = Quiz.options;\n`, file)).toContain(rule);
    expect(await rulesOn(`import type { Layer } from "@/app/_lib/content/schema";\nexport const first: Layer = "client";\n`, file)).toEqual([]);
    expect(await rulesOn(`import { type Layer } from "@/app/_lib/content/schema";\nexport const first: Layer = "client";\n`, file)).toEqual([]);
    expect(await rulesOn(`import type { z } from "zod";\nexport type Name = z.ZodString;\n`, file)).toEqual([]);
  });

  it("keeps the loader out of components, even for types", async () => {
    expect(await rulesOn(`import type { Content } from "@/app/_lib/content/load";\nexport type C = Content;\n`, "components/ui/use-latest.ts")).toContain(
      "@typescript-eslint/no-restricted-imports",
    );
  });

  it("keeps client code in components: a route that says 'use client' fails", async () => {
    expect(await rulesOn(`"use client";\nexport default function Page() {\n  return null;\n}\n`, "app/deck/page.tsx")).toContain("no-restricted-syntax");
    expect(await rulesOn(`export default function Page() {\n  return null;\n}\n`, "app/deck/page.tsx")).toEqual([]);
  });

  it("names source files in kebab-case, a middle extension aside", async () => {
    const rule = "check-file/filename-naming-convention";
    // Paths where the cycle check does not run (it reads files from disk); the rule reads only the name.
    expect(await rulesOn(`export const x = 1;\n`, "tests/support/SampleMap.ts")).toContain(rule);
    expect(await rulesOn(`export const x = 1;\n`, "tests/support/sample_map.ts")).toContain(rule);
    expect(await rulesOn(`export const x = 1;\n`, "tests/support/sample-map.server.ts")).toEqual([]);
  });

  it("lets a module import only its own CSS Module, as `styles`", async () => {
    const rule = "clickpath/own-styles";
    const file = "components/quiz/quiz-block.tsx";
    expect(await rulesOn(`import styles from "../concepts/concept-chip.module.css";\nexport const c = styles.chip;\n`, file)).toContain(rule);
    expect(await rulesOn(`import styles from "./choice-quiz.module.css";\nexport const c = styles.quiz;\n`, file)).toContain(rule);
    expect(await rulesOn(`import s from "./quiz-block.module.css";\nexport const c = s.quiz;\n`, file)).toContain(rule);
    expect(await rulesOn(`import styles from "./quiz-block.module.css";\nexport const c = styles.quiz;\n`, file)).toEqual([]);
    // A route's module and a server component's (a middle extension) follow the same rule.
    expect(await rulesOn(`import styles from "./page.module.css";\nexport const c = styles.home;\n`, "app/page.tsx")).toEqual([]);
    expect(await rulesOn(`import styles from "./mdx-content.module.css";\nexport const c = styles.body;\n`, "components/mdx/mdx-content.server.tsx")).toEqual([]);
  });

  it("finds import cycles in app and components code", async () => {
    const config = (await eslint.calculateConfigForFile("app/_lib/learner/state.ts")) as Linter.Config;
    const cycle = config.rules?.["import/no-cycle"];
    expect(Array.isArray(cycle) ? cycle[0] : cycle).toBe(2);
    // The fixtures sit where lint does not look (tests/fixtures), so the rule is turned on there
    // with the options app code gets.
    const probe = new ESLint({
      cwd: PROJECT_DIR,
      ignore: false,
      overrideConfig: { files: ["tests/fixtures/lint/**/*.ts"], settings: config.settings, rules: { "import/no-cycle": cycle } },
    });
    const [result] = await probe.lintFiles(["tests/fixtures/lint/cycle/a.ts"]);
    expect(result?.messages.map((m) => m.ruleId)).toContain("import/no-cycle");
  });
});
