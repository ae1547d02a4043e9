/**
 * Every address under /journeys/<slug>, built here and nowhere else.
 *
 * A journey is read one chapter per page: `/journeys/<slug>` is the first chapter and
 * `/journeys/<slug>/<chapter>` each of the others. Step indexes stay global (step 37 of 92), so
 * the stage, the clock and the URL hash mean the same on every page; only the narration is split.
 */
/** The steps one page narrates, as global indexes: `stepCount` of them from `firstStep`. */
export type StepRange = { firstStep: number; stepCount: number };
export type PagedChapter = StepRange & { id: string };

/** A journey's pages beside its chapters and forks. */
export const JOURNEY_TOOLS = ["present", "present/console", "print", "transcript"] as const;
export type JourneyTool = (typeof JOURNEY_TOOLS)[number];

/** The JSON files a journey's pages fetch when a reader first needs them (`cards` for the 3D view, `view` for the menus' prose, `steps` for a live learner on another page, `whys` for the room's reveals). */
export type JourneyJsonName = "cards" | "view" | "steps" | "whys";

/** A journey's own page: its title and first chapter. */
export function journeyHref(slug: string): string {
  return `/journeys/${slug}`;
}

export function chapterHref(slug: string, chapters: readonly PagedChapter[], chapterId: string): string {
  return chapters[0]?.id === chapterId ? journeyHref(slug) : `${journeyHref(slug)}/${chapterId}`;
}

/** A failure fork's page, or one of its steps on it. */
export function forkHref(slug: string, forkId: string, stepId?: string): string {
  return `${journeyHref(slug)}/what-if/${forkId}${hash(stepId)}`;
}

/** Presenter mode, the console, the print version or the transcript; the console may open at a step. */
export function toolHref(slug: string, tool: JourneyTool, stepId?: string): string {
  return `${journeyHref(slug)}/${tool}${hash(stepId)}`;
}

export function journeyJsonHref(slug: string, name: JourneyJsonName): string {
  return `${journeyHref(slug)}/${name}.json`;
}

function hash(stepId: string | undefined): string {
  return stepId ? `#${encodeURIComponent(stepId)}` : "";
}

/** Whether a global step index is one of the steps a chapter's page narrates: the one range check. */
export function isOnPage(page: StepRange, stepIndex: number): boolean {
  return stepIndex >= page.firstStep && stepIndex < page.firstStep + page.stepCount;
}

/** The chapter that holds a step index, as a position in `chapters`; -1 if none does. */
export function chapterIndexOf(chapters: readonly PagedChapter[], stepIndex: number): number {
  return chapters.findIndex((c) => isOnPage(c, stepIndex));
}

/** The chapter that holds a step index, or undefined if none does. */
export function chapterAt<C extends PagedChapter>(chapters: readonly C[], stepIndex: number): C | undefined {
  return chapters.find((c) => isOnPage(c, stepIndex));
}

/** A chapter's own steps, out of the whole sequence its indexes are global to. */
export function stepsOf<S>(page: StepRange, steps: readonly S[]): S[] {
  return steps.slice(page.firstStep, page.firstStep + page.stepCount);
}

/** Where a step is read: its chapter's page with the step's id as the hash. */
export function stepHref(slug: string, chapters: readonly PagedChapter[], steps: readonly { id: string }[], stepIndex: number): string | undefined {
  const chapter = chapterAt(chapters, stepIndex);
  const step = steps[stepIndex];
  return chapter && step ? `${chapterHref(slug, chapters, chapter.id)}${hash(step.id)}` : undefined;
}

/** One step's stage and caption alone, for another site's iframe (`/embed/<slug>/<step>`). */
export function embedHref(slug: string, stepId: string): string {
  return `/embed/${slug}/${encodeURIComponent(stepId)}`;
}

/** The snippet a docs site pastes to show `src` (an embed's address on this site, made absolute). */
export function embedSnippet(src: string, title: string): string {
  const attr = (v: string) => v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="720" height="480" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
