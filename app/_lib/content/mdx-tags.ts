/**
 * The components a journey's MDX may name: the one list the content check and every renderer
 * (the reader, the presenter's notes, the print version) take their tags from. `inNotes` says
 * whether a tag may sit inside `<Notes>` (what readers see cannot: notes never reach them).
 * Adding a component is one entry here; a renderer without it is a type error
 * (`MdxRenderers` in components/mdx/mdx-tags.ts). `wholeJourney` marks a tag that draws every
 * step of the journey, so a chapter placing it needs every step's packet label.
 */
export const MDX_TAGS = {
  Step: { inNotes: true },
  Concept: { inNotes: false },
  Quiz: { inNotes: false },
  Notes: { inNotes: true },
  SeeIn3D: { inNotes: true },
  Inspect: { inNotes: false },
  Fork: { inNotes: false },
  TraceWaterfall: { inNotes: false, wholeJourney: true },
} as const satisfies Record<string, { inNotes: boolean; wholeJourney?: true }>;

export type MdxTag = keyof typeof MDX_TAGS;

export const MDX_TAG_NAMES = Object.keys(MDX_TAGS) as MdxTag[];

export function isMdxTag(name: string): name is MdxTag {
  return Object.hasOwn(MDX_TAGS, name);
}

/** Whether compiled MDX places a tag that draws the whole journey (its code names the component). */
export function drawsWholeJourney(code: string): boolean {
  return Object.entries(MDX_TAGS).some(([name, tag]) => "wholeJourney" in tag && new RegExp(`\\b${name}\\b`).test(code));
}
