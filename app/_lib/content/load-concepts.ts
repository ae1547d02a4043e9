/**
 * Concept cards (`concepts/<id>.mdx`): frontmatter that says what the idea is, when to reach for
 * it and where it lives on the map, then a Markdown body with an example. Cards are loaded
 * before the journeys that place them; what depends on those journeys is checked after them.
 */
import { readFileSync } from "node:fs";
import { idFilesIn, isFile, MDX_FILE } from "./files";
import { CODE_FRONTMATTER, codeFrontmatter } from "./frontmatter";
import { checkMarkdownBody } from "./mdx-outline";
import type { Reporter } from "./reporter";
import { ConceptFrontmatter } from "./schema";
import type { ConceptData } from "./types";
import { check, parseYaml, type Located } from "./yaml-source";

/** A card's frontmatter as parsed, and the reporter for its lines. */
type Front = { src: Located<unknown>; r: Reporter };

export type ConceptIndex = {
  /** The valid cards. */
  concepts: Record<string, ConceptData>;
  /** Every concept file with a valid name, even one whose frontmatter has problems (so it is not called missing). */
  ids: ReadonlySet<string>;
  /** Each valid card's frontmatter, for the checks made once every journey is loaded. */
  fronts: ReadonlyMap<string, Front>;
};

/** Loads the cards in `dir`; `root` reports for the content root. */
export function loadConcepts(dir: string, root: Reporter): ConceptIndex {
  const concepts: Record<string, ConceptData> = {};
  const ids = new Set<string>();
  const fronts = new Map<string, Front>();
  for (const { id, path, r } of idFilesIn(dir, MDX_FILE, root, "a concept's file name is its id: lowercase words joined by '-'")) {
    ids.add(id);
    if (!isFile(path)) {
      r.at(1, "a concept card must be a file");
      continue;
    }
    const card = readCard(id, path, r);
    if (!card) continue;
    concepts[id] = card.data;
    fronts.set(id, card.front);
  }
  return { concepts, ids, fronts };
}

/** Reads one card; undefined when its frontmatter cannot be read or checked. */
function readCard(id: string, path: string, r: Reporter): { data: ConceptData; front: Front } | undefined {
  const source = readFileSync(path, "utf8");
  const code = codeFrontmatter(source);
  if (code) {
    r.at(1, CODE_FRONTMATTER(code));
    return undefined;
  }
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) {
    r.at(1, "frontmatter (between --- lines) is required");
    return undefined;
  }
  const fr = r.from(2);
  const fm = parseYaml(m[1] ?? "", fr);
  const data = fm && check(ConceptFrontmatter, fm, fr);
  // The body is checked even when the frontmatter is not, so one run reports both.
  const body = source.slice(m[0].length);
  checkBody(body, m[0].split("\n").length, r);
  if (!data || !fm) return undefined;
  return { data: { ...data, id, path, body: body.trim() }, front: { src: fm, r: fr } };
}

/** A card's body, which starts at `bodyLine`: Markdown only, with an example. */
function checkBody(body: string, bodyLine: number, r: Reporter): void {
  // The compiler reads a block at the start of the body as front matter too.
  const lead = body.length - body.trimStart().length;
  const bodyCode = codeFrontmatter(body.trimStart());
  if (bodyCode) r.at(bodyLine + (body.slice(0, lead).match(/\n/g)?.length ?? 0), CODE_FRONTMATTER(bodyCode));
  else checkMarkdownBody(body, r.from(bodyLine));
  if (!/^#{2,3}[ \t]+Example\b/m.test(body)) {
    r.at(bodyLine, "a concept card needs a short example under a '## Example' heading (a few lines of code or a concrete scenario)");
  }
}

/**
 * What only the whole library can tell: a card's related cards exist. Where a card sits on a
 * journey's map is that journey's to check (card-places), since each journey may say.
 */
export function checkConcepts({ concepts, ids, fronts }: ConceptIndex): void {
  for (const c of Object.values(concepts)) {
    const front = fronts.get(c.id);
    if (!front) continue;
    const { src, r } = front;
    c.related.forEach((related, i) => {
      if (!ids.has(related)) r.at(src.lineOf(["related", i]), `related concept '${related}' does not exist`);
      if (related === c.id) r.at(src.lineOf(["related", i]), "a concept cannot be related to itself");
    });
  }
}
