"use client";
import { dismissLearnerNotice, useLearnerSelect } from "./learner-store";
import { PillButton } from "@/components/ui/pill-button";
import styles from "./learner-notice.module.css";

/** Tells the learner, once, when saved progress could not be read or cannot be saved. */
export function LearnerNotice() {
  const notice = useLearnerSelect((s) => s.notice);
  if (!notice) return null;
  const download = () => {
    if (notice.kind !== "recovered") return;
    const url = URL.createObjectURL(new Blob([notice.backup], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `clickpath-backup-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className={styles.learnerNotice} role="alert" data-learner-notice={notice.kind}>
      <p>{notice.message}</p>
      {notice.kind === "recovered" ? (
        <p>
          What was there is kept unchanged under a backup, and you are starting fresh.{" "}
          <PillButton size="small" onClick={download}>
            Download the backup
          </PillButton>
        </p>
      ) : null}
      <PillButton size="small" onClick={dismissLearnerNotice}>
        Dismiss
      </PillButton>
    </div>
  );
}
