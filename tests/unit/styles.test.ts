/**
 * Styles live beside what they style (docs/decisions/0006-styles-beside-components.md): every
 * CSS Module belongs to the component of the same name beside it, which uses every class it
 * defines and defines every class it uses; no module reaches out with `:global`. Lint checks the
 * other side (a module imports only its own stylesheet, as `styles`).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import postcss from "postcss";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const modules = ["app", "components"].flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".module.css"))
    .map((f) => join(ROOT, dir, f)),
);

/** The class names a stylesheet's selectors name (attribute values and pseudo-class arguments aside). */
function classesIn(css: string): { classes: Set<string>; globals: string[] } {
  const classes = new Set<string>();
  const globals: string[] = [];
  postcss.parse(css).walkRules((rule) => {
    if (rule.selector.includes(":global")) globals.push(rule.selector);
    const bare = rule.selector.replace(/\[[^\]]*\]/g, "").replace(/"[^"]*"|'[^']*'/g, "");
    for (const m of bare.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) classes.add(m[1]!);
  });
  return { classes, globals };
}

/** The component a module belongs to: `x.module.css` beside `x.tsx` (or `x.server.tsx`). */
function ownerOf(module: string): string | undefined {
  const stem = module.slice(0, -".module.css".length);
  return [`${stem}.tsx`, `${stem}.server.tsx`].find((f) => existsSync(f));
}

describe("styles beside what they style", () => {
  it("finds the class names of a stylesheet, not the words in its values or attributes", () => {
    const { classes, globals } = classesIn(`.card .title:hover, .card[data-x="a.b"] { margin: 0.5rem; }\n@media (max-width: 799px) { .card > .body { gap: 1.5em } }\n:global(.x) .y {}`);
    expect([...classes].sort()).toEqual(["body", "card", "title", "x", "y"]);
    expect(globals).toEqual([":global(.x) .y"]);
  });

  it.each(modules.map((m) => [relative(ROOT, m), m]))("%s belongs to its namesake and matches it class for class", (_name, module) => {
    const owner = ownerOf(module);
    expect(owner, "a component of the same name beside it").toBeDefined();
    const source = readFileSync(owner!, "utf8");
    const { classes, globals } = classesIn(readFileSync(module, "utf8"));
    expect(globals, "no :global: a module styles its own component only").toEqual([]);
    for (const name of classes) expect(name, "class names are camelCase, read as styles.name").toMatch(/^[a-z][a-zA-Z0-9]*$/);
    expect(source, "classes read as styles.name, so this test can see them").not.toMatch(/styles\[/);
    const used = new Set([...source.matchAll(/\bstyles\.([a-zA-Z0-9]+)/g)].map((m) => m[1]!));
    expect([...used].filter((c) => !classes.has(c)), "used but not defined").toEqual([]);
    expect([...classes].filter((c) => !used.has(c)), "defined but never used").toEqual([]);
  });
});
