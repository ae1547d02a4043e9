"use client";
import type { LensShape } from "@/app/_lib/journey/lenses";
import type { ViewText } from "@/app/_lib/journey/reader-model";
import { ToolMenu } from "@/components/ui/tool-menu";
import styles from "./lens-menu.module.css";

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
          Lens<span className={styles.value}>{`: ${on ? on.label : "none"}`}</span>
        </>
      }
      legend="Look at the journey through one concern"
    >
      {[null, ...lenses].map((l) => (
        <label key={l?.id ?? "none"} className={styles.choice}>
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
          <span>
            <strong>{l ? l.label : "No lens"}</strong>
            <span className={styles.note}>{l ? prose?.[l.id]?.summary : "The whole map, every node as it is."}</span>
          </span>
        </label>
      ))}
    </ToolMenu>
  );
}
