"use client";
import { useId, useState, type ChangeEvent } from "react";
import type { ImportPreview } from "@/app/_lib/learner/storage-codec";
import type { LearnerState } from "@/app/_lib/learner/state";
import { download } from "./download";
import { dispatchLearner, useLearner } from "./learner-store";
import { ActionRow } from "@/components/ui/action-row";
import { PillButton } from "@/components/ui/pill-button";
import styles from "./learner-data.module.css";

/** Largest file the import reads at all; anything bigger is refused before it is read. */
const MAX_FILE = 1_000_000;

type Pending = { name: string; state: LearnerState; exportedAt: string; preview: ImportPreview };
type Outcome = { kind: "error" | "done"; text: string };

const PREVIEW_LINES: [keyof ImportPreview, string, string][] = [
  ["seenSteps", "step seen", "steps seen"],
  ["answers", "quiz answered", "quizzes answered"],
  ["answersUpdated", "quiz answer updated", "quiz answers updated"],
  ["bookmarks", "card bookmarked", "cards bookmarked"],
  ["bookmarksRemoved", "bookmark removed (removed there later)", "bookmarks removed (removed there later)"],
  ["reviews", "card review schedule", "card review schedules"],
  ["reviewsUpdated", "review schedule updated", "review schedules updated"],
];

/**
 * The learner's data as one file: download it, or import one from another device. An import is
 * checked, shown as what it would change, and merged only when the learner says so; a file
 * that is refused changes nothing. Text from the file is only ever rendered as text.
 */
export function LearnerData() {
  const { state, loaded } = useLearner();
  const [pending, setPending] = useState<Pending>();
  const [outcome, setOutcome] = useState<Outcome>();
  const inputId = useId();

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = "";
    setPending(undefined);
    setOutcome(undefined);
    if (!file) return;
    const codec = await import("@/app/_lib/learner/storage-codec");
    if (file.size > MAX_FILE) {
      setOutcome({ kind: "error", text: `“${file.name}” was not imported. The file is too large: ${codec.sizeText(file.size)}, and the limit is ${codec.sizeText(MAX_FILE)}.` });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setOutcome({ kind: "error", text: `“${file.name}” was not imported: the browser could not read it.` });
      return;
    }
    const read = codec.parseImport(text, MAX_FILE);
    if (!read.ok) {
      setOutcome({ kind: "error", text: `“${file.name}” was not imported. ${read.error} Nothing was changed.` });
      return;
    }
    setPending({ name: file.name, state: read.state, exportedAt: read.exportedAt, preview: codec.previewImport(state, read.state) });
  }

  function apply(p: Pending) {
    dispatchLearner({ type: "merge", state: p.state });
    setPending(undefined);
    setOutcome({ kind: "done", text: `Imported “${p.name}”: ${p.preview.changes} ${p.preview.changes === 1 ? "change" : "changes"} merged into your progress.` });
  }

  return (
    <section className={styles.learnerData} aria-labelledby="learner-data">
      <h2 id="learner-data">Your data</h2>
      <p>
        Everything Clickpath knows about you is in this browser. Download it as one file; import that file on another device
        and it is merged with what is there, never written over it.
      </p>
      <ActionRow>
        <PillButton
          disabled={!loaded}
          onClick={async () => {
            const codec = await import("@/app/_lib/learner/storage-codec");
            download(codec.exportFileName(Date.now()), codec.exportFile(state, Date.now()), "application/json");
          }}
        >
          Download all my data (JSON)
        </PillButton>
        <label htmlFor={inputId}>
          Import a file:
        </label>
        <input id={inputId} type="file" accept="application/json,.json" onChange={choose} disabled={!loaded} data-import-file />
      </ActionRow>
      {pending ? (
        <div className={styles.importPreview} data-import-preview role="region" aria-label="What the import would change">
          <p>
            “{pending.name}”, exported {new Date(pending.exportedAt).toLocaleString()}, would add:
          </p>
          {pending.preview.changes === 0 ? (
            <p data-import-changes={0}>Nothing: everything in it is already here.</p>
          ) : (
            <ul data-import-changes={pending.preview.changes}>
              {PREVIEW_LINES.filter(([key]) => pending.preview[key] > 0).map(([key, one, many]) => (
                <li key={key}>
                  {pending.preview[key]} {pending.preview[key] === 1 ? one : many}
                </li>
              ))}
            </ul>
          )}
          <ActionRow>
            <PillButton className="button" onClick={() => apply(pending)}>
              Merge into my progress
            </PillButton>
            <PillButton onClick={() => setPending(undefined)}>Cancel</PillButton>
          </ActionRow>
        </div>
      ) : null}
      {/* Both live regions are always there, so screen readers announce what lands in them. */}
      <p className={styles.importOutcome} role="alert" data-import-outcome="error">
        {outcome?.kind === "error" ? outcome.text : null}
      </p>
      <p className={styles.importOutcome} role="status" data-import-outcome="done">
        {outcome?.kind === "done" ? outcome.text : null}
      </p>
    </section>
  );
}
