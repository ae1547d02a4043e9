import type { ComponentProps } from "react";
import styles from "./stage-panel.module.css";

type Props = Omit<ComponentProps<"section">, "className"> & {
  /** "side": down the map's right side; "bottom": along its foot, the map still in view above. Default: "side". */
  place?: "side" | "bottom";
  /** "screen": on a phone, where the stage is a strip, it takes the screen under the header instead. Default: stays on the stage. */
  phone?: "stage" | "screen";
};

/** A panel over the stage's map (the inspector, the trace waterfall under its lens): dark, bordered, scrolling inside. */
export function StagePanel({ place = "side", phone = "stage", ...props }: Props) {
  const className = [styles.panel, place === "bottom" ? styles.bottom : "", phone === "screen" ? styles.screen : ""].filter(Boolean).join(" ");
  return <section {...props} className={className} />;
}
