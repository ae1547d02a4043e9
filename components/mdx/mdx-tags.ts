/**
 * What each MDX tag (`app/_lib/content/mdx-tags.ts`) takes, and the shape of a renderer: a
 * function for every tag, so a renderer that forgets one does not compile. Renderers start from
 * `renderNothing` and override the tags they show.
 */
import type { ReactNode } from "react";
import type { MdxTag } from "@/app/_lib/content/mdx-tags";

export type MdxTagProps = {
  Step: { id: string; children?: ReactNode };
  Concept: { id: string };
  Quiz: { id: string };
  Notes: { children?: ReactNode };
  SeeIn3D: Record<string, never>;
  Inspect: { hop: string; title: string; children?: ReactNode };
  Fork: { id: string };
  TraceWaterfall: Record<string, never>;
};

/** Every tag has its props, and nothing else does. */
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const propsCoverEveryTag: Exactly<keyof MdxTagProps, MdxTag> = true;
void propsCoverEveryTag;

export type MdxRenderers = { [K in MdxTag]: (props: MdxTagProps[K]) => ReactNode };

/** Every tag rendering nothing: the base each renderer overrides. */
export const renderNothing: MdxRenderers = {
  Step: () => null,
  Concept: () => null,
  Quiz: () => null,
  Notes: () => null,
  SeeIn3D: () => null,
  Inspect: () => null,
  Fork: () => null,
  TraceWaterfall: () => null,
};
