/**
 * The components a journey's MDX may name: the one list the content check and every renderer
 * (the reader, the presenter's notes, the print version) take their tags from. `inNotes` says
 * whether a tag may sit inside `<Notes>` (what readers see cannot: notes never reach them).
 * Adding a component is one entry here; a renderer without it is a type error
 * (`MdxRenderers` in components/mdx/mdx-tags.ts).
 */
export const MDX_TAGS = {
  Step: { inNotes: true },
  Concept: { inNotes: false },
  Quiz: { inNotes: false },
  Notes: { inNotes: true },
  SeeIn3D: { inNotes: true },
  Inspect: { inNotes: false },
  Fork: { inNotes: false },
  TraceWaterfall: { inNotes: false },
} as const satisfies Record<string, { inNotes: boolean }>;

export type MdxTag = keyof typeof MDX_TAGS;

export const MDX_TAG_NAMES = Object.keys(MDX_TAGS) as MdxTag[];

export function isMdxTag(name: string): name is MdxTag {
  return Object.hasOwn(MDX_TAGS, name);
}
