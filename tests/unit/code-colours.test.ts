/**
 * Highlighted code stays readable: every colour the build's highlighting gives the content's code
 * blocks is defined in app/globals.css and has at least 4.5:1 (WCAG AA) against every code
 * background, on screen and on paper.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import postcss from "postcss";
import { codeLanguageProblem } from "@/app/_lib/content/code-languages";
import { highlightLines } from "@/app/_lib/content/highlight";
import { tokenClass } from "@/app/_lib/journey/inspect";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The custom properties `:root` sets, on screen or inside `@media print`. */
function rootProperties(css: string, media: "screen" | "print"): Map<string, string> {
  const props = new Map<string, string>();
  postcss.parse(css).walkRules(":root", (rule) => {
    const inPrint = rule.parent?.type === "atrule" && (rule.parent as postcss.AtRule).params === "print";
    if (inPrint !== (media === "print")) return;
    rule.walkDecls(/^--code-/, (d) => {
      props.set(d.prop, d.value);
    });
  });
  return props;
}

type Rgba = [number, number, number, number];

function parseColour(value: string): Rgba {
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)).concat(1) as Rgba;
  const rgba = /^rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)$/.exec(value);
  if (rgba) return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), Number(rgba[4])];
  throw new Error(`not a colour this test reads: ${value}`);
}

/** `top` painted over an opaque `under`. */
function over([r, g, b, a]: Rgba, under: Rgba): Rgba {
  return [r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a), 1];
}

function luminance([r, g, b]: Rgba): number {
  const [R, G, B] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
}

function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The token kinds the content's fenced blocks are highlighted with. */
function kindsInContent(): Set<string> {
  const kinds = new Set<string>();
  const journeys = join(ROOT, "journeys");
  for (const file of readdirSync(journeys, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".mdx"))) {
    for (const m of readFileSync(join(journeys, file), "utf8").matchAll(/^(`{3,})([a-z]+)[^\n]*\n([\s\S]*?)^\1$/gm)) {
      if (codeLanguageProblem(m[2])) continue;
      for (const line of highlightLines(m[3]!, m[2]!)) for (const [, kind] of line) if (kind) kinds.add(kind);
    }
  }
  return kinds;
}

const css = readFileSync(join(ROOT, "app/globals.css"), "utf8");

describe("code colours", () => {
  const kinds = kindsInContent();

  it("reads the content's code as several kinds of token", () => {
    expect(kinds.size).toBeGreaterThanOrEqual(5);
    expect(kinds).toContain("keyword");
    expect(kinds).toContain("string");
  });

  it("has a class for every kind, coloured by its token", () => {
    const rules = new Map<string, string>();
    postcss.parse(css).walkRules(/^\.tk-/, (rule) => {
      rule.walkDecls("color", (d) => {
        rules.set(rule.selector, d.value);
      });
    });
    for (const kind of kinds) expect(rules.get(`.${tokenClass(kind)}`), kind).toBe(`var(--code-token-${kind})`);
  });

  it.each(["screen", "print"] as const)("gives every kind a colour of 4.5:1 or more on every code background (%s)", (media) => {
    const screen = rootProperties(css, "screen");
    const props = new Map([...screen, ...rootProperties(css, media)]);
    const colour = (name: string) => parseColour(props.get(name) ?? `missing ${name}`);
    const deep = colour("--code-bg-deep");
    const backgrounds = media === "print" ? [parseColour("#ffffff")] : [colour("--code-bg"), deep, over(colour("--code-bg-added"), deep)];
    for (const name of ["--code-foreground", ...[...kinds].map((k) => `--code-token-${k}`)]) {
      for (const bg of backgrounds) expect(contrast(colour(name), bg), `${name} (${media}) on rgb(${bg.slice(0, 3).map(Math.round).join(", ")})`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
