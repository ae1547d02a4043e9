"use client";
import { useState, type FormEvent } from "react";
import { journeyJsonHref } from "@/app/_lib/journey/pages";
import { JOINED_KEY, type Joined } from "@/app/_lib/live/joined";
import type { LiveSnapshot } from "@/app/_lib/live/session";
import styles from "./join-form.module.css";

/** What the server says to a join: the id to answer with and where the session stands, or what went wrong. */
type JoinReply = { participantId?: string; snapshot?: LiveSnapshot; error?: string; problems?: string[] };

/**
 * Joining a live session: the code on the screen and, if the learner likes, a name the
 * instructor sees. On success the tab keeps the session (sessionStorage) and opens the
 * instructor's step, where the reader's session bar takes over.
 */
export function JoinForm({ code: given = "" }: { code?: string }) {
  const [code, setCode] = useState(given);
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  async function join(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const body = { code, ...(name.trim() ? { name } : {}) };
      const res = await fetch(`/api/live/${encodeURIComponent(code.replace(/\s/g, "")) || "-"}/join`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const reply = (await res.json().catch(() => ({}))) as JoinReply;
      if (!res.ok || !reply.participantId || !reply.snapshot) {
        setProblem(joinProblem(res.status, reply));
        return;
      }
      const { journey, step, code: canonical } = reply.snapshot;
      const joined: Joined = { code: canonical, participantId: reply.participantId, journey };
      sessionStorage.setItem(JOINED_KEY, JSON.stringify(joined));
      const hrefs = (await fetch(journeyJsonHref(journey, "steps")).then((r) => (r.ok ? r.json() : []))) as string[];
      window.location.assign(hrefs[step] ?? `/journeys/${journey}`);
    } catch {
      setProblem("The server could not be reached. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={join} noValidate data-join>
      <p className={styles.field}>
        <label htmlFor="join-code">Join code</label>
        <input id="join-code" name="code" value={code} onChange={(e) => setCode(e.currentTarget.value)} autoComplete="off" autoCapitalize="characters" spellCheck={false} required maxLength={32} aria-describedby="join-code-hint" aria-invalid={problem ? true : undefined} />
        <span id="join-code-hint" className={styles.hint}>
          Seven letters and digits, as shown on the room&apos;s screen.
        </span>
      </p>
      <p className={styles.field}>
        <label htmlFor="join-name">Your name (optional)</label>
        <input id="join-name" name="name" value={name} onChange={(e) => setName(e.currentTarget.value)} autoComplete="nickname" maxLength={40} aria-describedby="join-name-hint" />
        <span id="join-name-hint" className={styles.hint}>
          Only the instructor sees it. Leave it empty to join without one.
        </span>
      </p>
      <p role="alert" className={styles.problem} data-join-problem>
        {problem}
      </p>
      <button type="submit" className="button" disabled={busy || code.trim() === ""}>
        {busy ? "Joining…" : "Join"}
      </button>
    </form>
  );
}

/** A sentence for a refused join: the server's own words, with what to do about it. */
function joinProblem(status: number, reply: JoinReply): string {
  if (status === 404) return "There is no live session with that code. Check it against the screen; the session may have ended.";
  if (status === 429) return `Too many tries. ${reply.error ?? ""}`.trim();
  const detail = reply.problems?.map((p) => p.replace(/^(message\.)?/, "")).join("; ") ?? reply.error;
  return detail ? `Could not join: ${detail}.` : `Could not join (the server answered ${status}).`;
}
