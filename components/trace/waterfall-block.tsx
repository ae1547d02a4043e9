"use client";
import { formatDelta } from "@/app/_lib/journey/clock";
import { useJourneyView } from "@/components/journey/journey-view";
import { TraceWaterfall } from "./trace-waterfall";
import styles from "./waterfall-block.module.css";

/**
 * `<TraceWaterfall />` in a chapter: the journey's own steps as a trace, with the variations as
 * toggles beside it, so a cache miss (or a reused connection) redraws it.
 */
export function WaterfallBlock() {
  const view = useJourneyView();
  if (!view) return null;
  const timed = view.variations.filter((v) => v.steps.some((c) => c.ms !== undefined));
  return (
    <div className={styles.block} data-waterfall-block>
      <TraceWaterfall map={view.map} steps={view.steps} base={view.clockBase} onPick={view.goTo} caption={`${view.title} as a trace: spans nested by layer.`} />
      {timed.length > 0 ? (
        <fieldset className={styles.toggles} data-waterfall-toggles>
          <legend>Change the system and watch the trace</legend>
          {timed.map((v) => (
            <label key={v.id}>
              <input type="checkbox" checked={view.active.includes(v.id)} onChange={(e) => view.toggle(v.id, e.currentTarget.checked)} /> {v.label}{" "}
              <span className={styles.delta}>({formatDelta(view.deltas[v.id] ?? 0)})</span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}

