"use client";
import { formatDelta, formatMs } from "@/app/_lib/journey/clock";
import type { ViewText } from "@/app/_lib/journey/reader-model";
import { excluded, type VariationChange } from "@/app/_lib/journey/variations";
import { ToolChoice, ToolMenu, ToolNote, ToolValue } from "@/components/ui/stage-tools";
import styles from "./variation-menu.module.css";

type Props = {
  variations: readonly VariationChange[];
  /** What each variation is, buys and costs, once loaded. */
  prose: ViewText["variations"] | undefined;
  /** Called when the menu opens, so its prose can be loaded. */
  onOpen?: () => void;
  active: readonly string[];
  /** What each variation alone does to the journey's total time (negative: it saves time). */
  deltas: Readonly<Record<string, number>>;
  /** The journey's total time as built, and with the active variations. */
  total: { base: number; varied: number };
  onToggle: (id: string, on: boolean) => void;
  /** What the clock is called. Default: "The clock". */
  clockLabel?: string;
};

/** Toggles that change the system: each says what it buys, what it costs and what it does to the clock. */
export function VariationMenu({ variations, prose: allProse, onOpen, active, deltas, total, onToggle, clockLabel = "The clock" }: Props) {
  const count = active.length;
  return (
    <ToolMenu
      menu="variations"
      onOpen={onOpen}
      summary={
        <>
          Change<span className={styles.long}> the system</span>
          {count > 0 ? <ToolValue>{` (${count} on)`}</ToolValue> : null}
        </>
      }
      legend="Change the system, and watch the route and the clock"
      wide
    >
      <p className={styles.total} data-varied-total={total.varied}>
        {clockLabel} at the end: <strong>{formatMs(total.varied)}</strong>
        {total.varied === total.base
          ? " (as built)"
          : ` (${formatMs(Math.abs(total.varied - total.base))} ${total.varied < total.base ? "less" : "more"} than as built)`}
      </p>
      {variations.map((v) => {
        const prose = allProse?.[v.id];
        return (
          <ToolChoice key={v.id} data-variation={v.id} input={<input type="checkbox" checked={active.includes(v.id)} onChange={(e) => onToggle(v.id, e.currentTarget.checked)} />}>
              <strong>{v.label}</strong> <span className={styles.delta}>{formatDelta(deltas[v.id] ?? 0)}</span>
              {prose ? (
                <>
                  <ToolNote>{prose.summary}</ToolNote>
                  <ToolNote>
                    <b>Buys:</b> {prose.buys}
                  </ToolNote>
                  <ToolNote>
                    <b>Costs:</b> {prose.costs}
                  </ToolNote>
                </>
              ) : null}
              {variations.some((o) => o.id !== v.id && excluded(variations, v.id, o.id)) ? (
                <ToolNote>
                  <b>Not together with:</b>{" "}
                  {variations
                    .filter((o) => o.id !== v.id && excluded(variations, v.id, o.id))
                    .map((o) => o.label)
                    .join(", ")}{" "}
                  (turning this on turns that off)
                </ToolNote>
              ) : null}
          </ToolChoice>
        );
      })}
    </ToolMenu>
  );
}
