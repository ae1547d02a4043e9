import { describe, expect, it } from "vitest";
import { isMdxTag, MDX_TAG_NAMES, MDX_TAGS } from "@/app/_lib/content/mdx-tags";
import { renderNothing } from "@/components/mdx/mdx-tags";

describe("the MDX vocabulary", () => {
  it("is one list: the renderers' base names every tag the content check knows, in its order", () => {
    expect(Object.keys(renderNothing)).toEqual(MDX_TAG_NAMES);
  });

  it("knows its tags and nothing else, own names only", () => {
    expect(isMdxTag("Quiz")).toBe(true);
    expect(isMdxTag("Script")).toBe(false);
    expect(isMdxTag("toString")).toBe(false);
  });

  it("keeps what readers see out of speaker notes", () => {
    expect(MDX_TAG_NAMES.filter((t) => !MDX_TAGS[t].inNotes)).toEqual(["Concept", "Quiz", "Inspect", "Fork", "TraceWaterfall"]);
  });
});
