/**
 * What site search finds, as documents built from the loaded content at build time: every step
 * of every journey, fork and flow, every chapter and fork, concept card, architecture and part
 * of one.
 * Each document says what it is, where it sits (journey › chapter, or the architecture), its
 * layer when it has one, and the address that lands on it. Pure: the narration's terms come in
 * as data (`narration.ts` reads them from the MDX).
 */
import type { LAYERS } from "../content/layers";
import type { ArchitectureData, ConceptData, JourneyData, StepData } from "../content/types";
import { architectureHref } from "../architecture/explorer-model";
import { chapterHref, forkHref, journeyHref, stepHref } from "../journey/pages";

export type SearchLayer = (typeof LAYERS)[number];

export const SEARCH_KINDS = ["step", "card", "part", "chapter", "fork", "journey", "flow", "architecture"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export type SearchDoc = {
  kind: SearchKind;
  /** What a result shows first: a step's caption, a card's or a part's name, a title. */
  title: string;
  /** Where it sits, outermost first: [journey, chapter] for a step, [architecture] for a part. */
  trail: string[];
  layer?: SearchLayer | undefined;
  /** Where following the result lands: a step's chapter page with the step as the hash, a card's page, the architecture with the part selected. */
  href: string;
  /** Searched, never shown: a step's packet, bold terms and cards, a card's summary, what a part owns. */
  text: string;
};

/** The content search needs: what `loadContent` returns, and each step's bold terms by step id (per journey slug). */
export type SearchSource = {
  journeys: readonly JourneyData[];
  concepts: Readonly<Record<string, ConceptData>>;
  architectures: readonly ArchitectureData[];
  /** Bold terms and headings of each step's narration: `terms[slug][stepId]`. */
  terms?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
};

export function searchDocuments(source: SearchSource): SearchDoc[] {
  const { journeys, concepts, architectures } = source;
  const archTitle = new Map(architectures.map((a) => [a.id, a.title]));
  const docs: SearchDoc[] = [];
  const join = (...parts: (string | readonly string[] | undefined)[]) => parts.flat().filter(Boolean).join(" · ");

  for (const j of journeys) {
    const terms = source.terms?.[j.slug] ?? {};
    const layerOf = new Map(j.map.nodes.map((n) => [n.id, n.layer]));
    const stepText = (s: StepData) => join(s.packet, terms[s.id], s.concepts.map((c) => concepts[c]?.title ?? ""));
    const flow = j.kind === "flow";
    const home = flow && j.architecture ? [archTitle.get(j.architecture) ?? j.architecture] : [];
    docs.push({ kind: flow ? "flow" : "journey", title: j.title, trail: home, href: journeyHref(j.slug), text: j.pitch });
    for (const c of j.chapters) {
      // A flow of one chapter is its own page: the flow's document stands for it.
      if (!(flow && j.chapters.length === 1)) docs.push({ kind: "chapter", title: c.title, trail: [j.title], href: chapterHref(j.slug, j.chapters, c.id), text: c.summary });
    }
    for (const s of j.steps) {
      const chapter = j.chapters.find((c) => c.id === s.chapterId);
      const href = stepHref(j.slug, j.chapters, j.steps, s.index);
      if (!href) continue;
      const trail = flow && j.chapters.length === 1 ? [...home, j.title] : [j.title, chapter?.title ?? ""];
      docs.push({ kind: "step", title: s.caption, trail, layer: layerOf.get(s.span), href, text: stepText(s) });
    }
    for (const f of j.forks) {
      docs.push({ kind: "fork", title: f.title, trail: [j.title], href: forkHref(j.slug, f.id), text: f.summary });
      const trail = [j.title, `What if: ${f.title}`];
      for (const s of f.steps) docs.push({ kind: "step", title: s.caption, trail, layer: layerOf.get(s.span), href: forkHref(j.slug, f.id, s.id), text: stepText(s) });
    }
  }

  for (const c of Object.values(concepts).sort((a, b) => a.title.localeCompare(b.title))) {
    docs.push({ kind: "card", title: c.title, trail: [], layer: c.layer, href: `/concepts/${c.id}`, text: c.summary });
  }

  for (const a of architectures) {
    docs.push({ kind: "architecture", title: a.title, trail: [], href: architectureHref(a.id), text: join(a.aka, a.purpose) });
    for (const [id, n] of Object.entries(a.details)) {
      docs.push({ kind: "part", title: n.label, trail: [a.title], layer: n.layer, href: architectureHref(a.id, id), text: join(n.owns, n.tools, n.concepts.map((c) => concepts[c]?.title ?? "")) });
    }
  }
  return docs;
}
