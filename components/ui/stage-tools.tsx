import type { ComponentProps, ReactNode } from "react";
import { LazyDetails } from "./lazy-details";
import styles from "./stage-tools.module.css";

/**
 * A dark pill button on the stage (Inspect and Describe in the row of tools; "small" inside a
 * panel or a note over the map): it fills when pressed or expanded, dashed when aria-disabled.
 */
export function ToolButton({ type = "button", size = "row", ...props }: Omit<ComponentProps<"button">, "className"> & { size?: "row" | "small" }) {
  return <button type={type} {...props} className={size === "small" ? `${styles.pill} ${styles.small}` : styles.pill} />;
}

/** The gap in the row of tools that pushes what follows to the far end; phones, short of room, let the tools wrap instead. */
export function ToolSpacer() {
  return <span className={styles.spacer} />;
}

/** The panel: a fieldset under this legend (a set of choices), or a group with this accessible name. */
type Panel = { legend: string; label?: never } | { label: string; legend?: never };

type Props = Panel & {
  /** Names the menu for tests (`data-menu`). */
  menu: string;
  summary: ReactNode;
  /** Called each time it opens (to load its prose, say). Default: nothing. */
  onOpen?: (() => void) | undefined;
  /** The panel is rendered only while open, a script driving it. False: it is in the page's HTML (links that work before a script runs). Default: true. */
  lazy?: boolean;
  /** "alert" for what can break here: outlined in red, and its panel hangs from the stage's other corner. Default: "plain". */
  tone?: "plain" | "alert";
  /** A wider panel, for choices that carry prose. Default: false. */
  wide?: boolean;
  /** What the panel holds. */
  children: ReactNode;
};

/** A drop-down in the stage's row of tools (lens, variations, what if): its summary looks like the row's buttons, its panel opens over the map. */
export function ToolMenu({ legend, label, menu, summary, onOpen, lazy = true, tone = "plain", wide = false, children }: Props) {
  const panelClass = wide ? `${styles.panel} ${styles.wide}` : styles.panel;
  const panel =
    legend !== undefined ? (
      <fieldset className={panelClass}>
        <legend>{legend}</legend>
        {children}
      </fieldset>
    ) : (
      <div className={panelClass} role="group" aria-label={label}>
        {children}
      </div>
    );
  const className = tone === "alert" ? `${styles.menu} ${styles.alert}` : styles.menu;
  // Not lazy: the panel is its own fallback, so it is in the HTML whether the menu is open or not.
  return (
    <LazyDetails className={className} menu={menu} onOpen={onOpen} summary={summary} fallback={lazy ? null : panel}>
      {panel}
    </LazyDetails>
  );
}

/** One choice in a tool menu's panel: its input, then its words (a name in bold, notes under it). */
export function ToolChoice({ input, children, ...data }: { input: ReactNode; children: ReactNode } & { [attribute: `data-${string}`]: string }) {
  return (
    <label className={styles.choice} {...data}>
      {input}
      <span>{children}</span>
    </label>
  );
}

/** A line of prose under a choice's name. */
export function ToolNote({ children }: { children: ReactNode }) {
  return <span className={styles.note}>{children}</span>;
}

/** The menu's current value beside its name in the summary ("Lens: none"); phones, short of room, show the name alone. */
export function ToolValue({ children }: { children: ReactNode }) {
  return <span className={styles.value}>{children}</span>;
}
