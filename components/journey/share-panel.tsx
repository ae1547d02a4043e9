"use client";
import { useId, useState } from "react";
import { embedHref, embedSnippet } from "@/app/_lib/journey/pages";
import { ToolButton, ToolNote } from "@/components/ui/stage-tools";
import styles from "./share-panel.module.css";

type Props = { slug: string; title: string; stepId: string | undefined; href: string | undefined; embeddable: boolean };

/** The share menu's panel: this step's address, and an iframe snippet for a docs site, each with a copy button. */
export function SharePanel({ slug, title, stepId, href, embeddable }: Props) {
  if (!stepId || !href) return <ToolNote>Scroll to a step to share it.</ToolNote>;
  const origin = window.location.origin;
  return (
    <div className={styles.share}>
      <CopyField label="Link to this step" value={origin + href} name="link" />
      {embeddable ? (
        <CopyField label="Embed this step on another site" value={embedSnippet(origin + embedHref(slug, stepId), `${title}: a step on Clickpath`)} name="embed" multiline />
      ) : (
        <ToolNote>A fork&apos;s steps are shared by link; embeds show the main journey&apos;s steps.</ToolNote>
      )}
    </div>
  );
}

function CopyField({ label, value, name, multiline = false }: { label: string; value: string; name: string; multiline?: boolean }) {
  const id = useId();
  const [said, setSaid] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setSaid("Copied.");
    } catch {
      setSaid("Could not copy: select the text and copy it yourself.");
    }
  };
  return (
    <div className={styles.field} data-share={name}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea id={id} readOnly rows={4} value={value} onFocus={(e) => e.currentTarget.select()} /> : <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />}
      <span className={styles.row}>
        <ToolButton size="small" onClick={() => void copy()}>
          Copy
        </ToolButton>
        <span role="status">{said}</span>
      </span>
    </div>
  );
}
