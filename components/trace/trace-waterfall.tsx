"use client";
import type { SystemMap } from "@/app/_lib/content/schema";
import { formatMs } from "@/app/_lib/journey/clock";
import { traceWaterfall } from "@/app/_lib/journey/trace";
import { StagePanel } from "@/components/ui/stage-panel";
import styles from "./trace-waterfall.module.css";

type Props = {
  map: SystemMap;
  steps: readonly { id: string; path: readonly string[]; packet: string; ms?: number; span?: string }[];
  /** The journey's clock before the first step (a fork's page starts later). Default: 0. */
  base?: number;
  /** The step on stage: its span is marked. Default: none. */
  current?: string | undefined;
  /** Called with a step's index when its span is chosen. Default: spans are not links. */
  onPick?: ((index: number) => void) | undefined;
  /** The table's caption. */
  caption: string;
  /** Shown in a panel over the stage's map (under a lens), not in the page. Default: false. */
  onStage?: boolean;
};

/**
 * The journey's clock as a trace waterfall: spans nested by layer, each bar placed on one time axis.
 * A table, so a screen reader reads name, start and duration by row; the bars are decoration.
 */
export function TraceWaterfall({ map, steps, base = 0, current, onPick, caption, onStage = false }: Props) {
  const { total, spans } = traceWaterfall(map, steps, base);
  const end = base + total;
  const pct = (ms: number) => `${((ms - base) / Math.max(1, total)) * 100}%`;
  const waterfall = (
    <div className={styles.waterfall} data-waterfall data-total={total}>
      <table className={styles.table}>
        <caption>
          {caption} <span className={styles.total}>Total {formatMs(total)}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Span</th>
            <th scope="col">
              <span className="sr-only">Timeline from {formatMs(base)} to {formatMs(end)}</span>
            </th>
            <th scope="col">Start</th>
            <th scope="col">Time</th>
          </tr>
        </thead>
        <tbody>
          {spans.map((s) => (
            <tr key={s.key} data-span={s.key} data-kind={s.kind} data-layer={s.layer} data-current={s.key === current || undefined}>
              <th scope="row" style={{ paddingLeft: `${0.4 + s.depth * 0.9}rem` }}>
                {s.kind === "step" && onPick && s.index !== undefined ? (
                  <button type="button" onClick={() => onPick(s.index!)}>
                    {s.name}
                  </button>
                ) : (
                  s.name
                )}
              </th>
              <td className={styles.track} aria-hidden>
                <span className={styles.bar} style={{ left: pct(s.start), width: `max(2px, ${pct(base + s.duration)})` }} />
              </td>
              <td className={styles.num}>{formatMs(s.start)}</td>
              <td className={styles.num}>{formatMs(s.duration)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return onStage ? (
    <StagePanel place="bottom" data-stage-waterfall>
      {waterfall}
    </StagePanel>
  ) : (
    waterfall
  );
}
