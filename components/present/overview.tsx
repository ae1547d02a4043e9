"use client";
import { useEffect, useRef } from "react";
import type { SystemMap } from "@/app/_lib/content/schema";
import { stageState, type StageStep } from "@/app/_lib/journey/stage";
import { StaticMap } from "@/components/map/static-map";
import { Overlay } from "./overlay";
import styles from "./overview.module.css";

type Props = {
  map: SystemMap;
  steps: readonly StageStep[];
  current: number;
  onPick: (index: number) => void;
  onClose: () => void;
};

/** Every step as a thumbnail of its stage: pick one to jump there. Opened with O. */
export function Overview({ map, steps, current, onPick, onClose }: Props) {
  const here = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    here.current?.focus();
    here.current?.scrollIntoView({ block: "center" });
  }, []);
  return (
    <Overlay aria-label="Overview of every step" data-overview>
      <div className={styles.presentOverviewHead}>
        <h2>Every step</h2>
        <button type="button" className="button" onClick={onClose}>
          Close <kbd>Esc</kbd>
        </button>
      </div>
      <ol className={styles.overviewGrid}>
        {steps.map((step, i) => {
          const state = stageState(map, steps, i);
          return (
            <li key={step.id}>
              <button
                type="button"
                ref={i === current ? here : undefined}
                aria-current={i === current ? "step" : undefined}
                data-overview-step={i}
                onClick={() => onPick(i)}
              >
                <StaticMap map={map} lit={state.activeNodes} variant="thumbnail" />
                <span className={styles.overviewNumber}>{i + 1}</span>
                <span>{step.caption}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </Overlay>
  );
}
