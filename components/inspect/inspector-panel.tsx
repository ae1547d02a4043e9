"use client";
import { useEffect, useId, useRef, useState } from "react";
import { changeCount, partText, tokenClass, type InspectedPart, type Inspection, type InspectLine } from "@/app/_lib/journey/inspect";
import { StagePanel } from "@/components/ui/stage-panel";
import { ToolButton } from "@/components/ui/stage-tools";
import styles from "./inspector-panel.module.css";

type Props = {
  inspection: Inspection;
  /** A node's label by id, for "as the CDN edge sees it". */
  label: (nodeId: string) => string;
  onClose: () => void;
  /** Move focus to the panel's heading (the reader just asked for the panel), then call `onFocused`. Default: false. */
  autoFocus?: boolean;
  onFocused?: () => void;
};

/**
 * The request as this hop sees it: each block as readable, copyable text, with the lines that
 * changed since the previous hop marked (added lines, and removed ones struck out).
 */
export function InspectorPanel({ inspection, label, onClose, autoFocus = false, onFocused }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Only when opened: a panel that follows the packet from step to step must not steal focus from the page.
  useEffect(() => {
    if (!autoFocus) return;
    heading.current?.focus({ preventScroll: true });
    onFocused?.();
  }, [autoFocus, onFocused]);
  return (
    <StagePanel
      phone="screen"
      id="inspector"
      aria-labelledby="inspector-title"
      data-inspector={inspection.hop}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className={styles.head}>
        <p className={styles.hop}>Inspector · as {label(inspection.hop)} sees it</p>
        <h2 id="inspector-title" tabIndex={-1} ref={heading}>
          {inspection.title}
        </h2>
        <ToolButton size="small" onClick={onClose}>
          Close<span className="sr-only"> the inspector</span>
        </ToolButton>
      </header>
      {inspection.parts.map((part) => (
        <InspectorPart key={part.label} part={part} label={label} />
      ))}
    </StagePanel>
  );
}

function InspectorPart({ part, label }: { part: InspectedPart; label: Props["label"] }) {
  const { added, removed } = changeCount(part);
  const [copied, setCopied] = useState<"" | "copied" | "failed">("");
  const statusId = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(partText(part));
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };
  const change = !part.since
    ? "new at this hop"
    : added + removed === 0
      ? `unchanged since ${label(part.since.hop)}`
      : `since ${label(part.since.hop)}: ${added} added, ${removed} removed`;
  return (
    <div className={styles.part} data-part={part.label}>
      <div className={styles.partHead}>
        <h3>
          {part.label} <span className={styles.lang}>{part.lang}</span>
        </h3>
        <span className={styles.change} data-change={part.since ? (added + removed > 0 ? "changed" : "same") : "new"}>
          {change}
        </span>
        <ToolButton size="small" onClick={copy} aria-describedby={statusId}>
          Copy
        </ToolButton>
        <span className="sr-only" role="status" id={statusId}>
          {copied === "copied" ? `${part.label} copied` : copied === "failed" ? "Copying is not allowed here: select the text instead" : ""}
        </span>
      </div>
      {/* Keyboard-reachable, since long lines scroll sideways. */}
      <pre className={styles.pre} tabIndex={0} aria-label={`${part.label}, ${change}`}>
        {part.lines.map((line, i) =>
          line.mark === "added" ? (
            <ins key={i} data-mark="added">
              <span className="sr-only">added: </span>
              {line.text ? <Tokens line={line} /> : " "}
              {"\n"}
            </ins>
          ) : line.mark === "removed" ? (
            <del key={i} data-mark="removed">
              <span className="sr-only">removed: </span>
              {line.text || " "}
              {"\n"}
            </del>
          ) : (
            <span key={i}>
              <Tokens line={line} />
              {"\n"}
            </span>
          ),
        )}
      </pre>
    </div>
  );
}

/** A line's highlighted words, each coloured by its kind's class (`tk-keyword`… in globals.css); a line without tokens is plain. */
function Tokens({ line }: { line: InspectLine }) {
  if (!line.tokens) return line.text;
  return line.tokens.map(([text, kind], i) =>
    kind ? (
      <span key={i} className={tokenClass(kind)}>
        {text}
      </span>
    ) : (
      text
    ),
  );
}
