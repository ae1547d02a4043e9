"use client";
import type { LensShape } from "@/app/_lib/journey/lenses";
import type { ViewText } from "@/app/_lib/journey/reader-model";
import { ToolChoice, ToolMenu, ToolNote, ToolValue } from "@/components/ui/stage-tools";

type Props = {
  lenses: readonly LensShape[];
  /** What each lens is about, once loaded. */
  prose: ViewText["lenses"] | undefined;
  /** Called when the menu opens, so its prose can be loaded. */
  onOpen: () => void;
  /** The lens that is on, if any. */
  current: string | null;
  onPick: (id: string | null) => void;
};

/** Picks one concern to look through; "none" shows the whole map again. */
export function LensMenu({ lenses, prose, onOpen, current, onPick }: Props) {
  const on = lenses.find((l) => l.id === current);
  return (
    <ToolMenu
      menu="lens"
      onOpen={onOpen}
      summary={
        <>
          Lens<ToolValue>{`: ${on ? on.label : "none"}`}</ToolValue>
        </>
      }
      legend="Look at the journey through one concern"
    >
      {[null, ...lenses].map((l) => (
        <ToolChoice
          key={l?.id ?? "none"}
          input={
            <input
              type="radio"
              name="lens"
              value={l?.id ?? ""}
              checked={(l?.id ?? null) === current}
              onChange={(e) => {
                onPick(l?.id ?? null);
                e.currentTarget.closest("details")?.removeAttribute("open");
              }}
            />
          }
        >
          <strong>{l ? l.label : "No lens"}</strong>
          <ToolNote>{l ? prose?.[l.id]?.summary : "The whole map, every node as it is."}</ToolNote>
        </ToolChoice>
      ))}
    </ToolMenu>
  );
}
