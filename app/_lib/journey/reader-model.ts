/**
 * What the browser gets of a journey: the map and, per step, only what the stage draws.
 * Narration is rendered on the server; speaker notes and quiz placement never leave it.
 */
import type { JourneyData } from "../content/load";
import type { SystemMap } from "../content/schema";
import type { StageStep } from "./stage";

export type ReaderChapter = { id: string; title: string; firstStep: number; stepCount: number };

export type ReaderModel = {
  slug: string;
  title: string;
  map: SystemMap;
  /** Every step of the journey (indexes are global); this page's narration holds `page`'s. */
  steps: StageStep[];
  chapters: ReaderChapter[];
  /** The chapter this page shows, as a position in `chapters`. */
  page: number;
};

export function toReaderModel(journey: JourneyData, page = 0): ReaderModel {
  return {
    page,
    slug: journey.slug,
    title: journey.title,
    map: journey.map,
    steps: journey.steps.map(({ id, chapterId, path, focus, packet, caption, ms, predict }) => ({
      id,
      chapterId,
      path,
      focus,
      packet,
      caption,
      ...(ms !== undefined ? { ms } : {}),
      ...(predict ? { predict } : {}),
    })),
    chapters: journey.chapters.map(({ id, title, firstStep, stepCount }) => ({ id, title, firstStep, stepCount })),
  };
}

/** The chapter a step index falls in. */
export function chapterAt(chapters: readonly ReaderChapter[], index: number): ReaderChapter | undefined {
  return chapters.find((c) => index >= c.firstStep && index < c.firstStep + c.stepCount);
}
