/**
 * A journey is read one chapter per page: `/journeys/<slug>` is the first chapter and
 * `/journeys/<slug>/<chapter>` each of the others. Step indexes stay global (step 37 of 92), so
 * the stage, the clock and the URL hash mean the same on every page; only the narration is split.
 */
export type PagedChapter = { id: string; firstStep: number; stepCount: number };

export function chapterHref(slug: string, chapters: readonly PagedChapter[], chapterId: string): string {
  return chapters[0]?.id === chapterId ? `/journeys/${slug}` : `/journeys/${slug}/${chapterId}`;
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
  return chapter && step ? `${chapterHref(slug, chapters, chapter.id)}#${encodeURIComponent(step.id)}` : undefined;
}
