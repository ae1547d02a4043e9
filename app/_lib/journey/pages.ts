/**
 * Every address under /journeys/<slug>, built here and nowhere else.
 *
 * A journey is read one chapter per page: `/journeys/<slug>` is the first chapter and
 * `/journeys/<slug>/<chapter>` each of the others. Step indexes stay global (step 37 of 92), so
 * the stage, the clock and the URL hash mean the same on every page; only the narration is split.
 */
export type PagedChapter = { id: string; firstStep: number; stepCount: number };

/** A journey's pages beside its chapters and forks. */
export const JOURNEY_TOOLS = ["present", "present/console", "print", "transcript"] as const;
export type JourneyTool = (typeof JOURNEY_TOOLS)[number];

/** The JSON files a journey's pages fetch when a reader first needs them (`cards` for the 3D view, `view` for the menus' prose). */
export type JourneyJsonName = "cards" | "view";

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

/** The chapter that holds a step index, as a position in `chapters`; -1 if none does. */
export function chapterIndexOf(chapters: readonly PagedChapter[], stepIndex: number): number {
  return chapters.findIndex((c) => stepIndex >= c.firstStep && stepIndex < c.firstStep + c.stepCount);
}

export function isOnPage(page: PagedChapter, stepIndex: number): boolean {
  return stepIndex >= page.firstStep && stepIndex < page.firstStep + page.stepCount;
}

/** Where a step is read: its chapter's page with the step's id as the hash. */
export function stepHref(slug: string, chapters: readonly PagedChapter[], steps: readonly { id: string }[], stepIndex: number): string | undefined {
  const chapter = chapters[chapterIndexOf(chapters, stepIndex)];
  const step = steps[stepIndex];
  return chapter && step ? `${chapterHref(slug, chapters, chapter.id)}${hash(step.id)}` : undefined;
}
