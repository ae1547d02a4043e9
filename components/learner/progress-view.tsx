"use client";
import Link from "next/link";
import { useState } from "react";
import { journeyHref } from "@/app/_lib/journey/pages";
import { conceptMastery, layerCoverage, MASTERY_LABELS, type CoverageJourney, type MasteryLevel } from "@/app/_lib/learner/coverage";
import { own, progressOf } from "@/app/_lib/learner/read";
import { useLearner } from "./learner-store";
import styles from "./progress-view.module.css";

type Card = { id: string; title: string; layer: string };
type Props = { journeys: CoverageJourney[]; cards: Card[]; layers: string[] };

const LEVELS: MasteryLevel[] = [3, 2, 1, 0];

/** Progress per journey, coverage per layer, and mastery per concept across journeys. */
export function ProgressView({ journeys, cards, layers }: Props) {
  const { state, loaded } = useLearner();
  // Mastery needs "now" (is a card due yet?); nothing that depends on it is in the server's HTML.
  const [now] = useState(() => Date.now());
  const [level, setLevel] = useState<MasteryLevel | "all">("all");
  if (!loaded) return <p>Reading your progress…</p>;

  const coverage = layerCoverage(state, journeys, layers);
  const mastery = conceptMastery(state, journeys, cards.map((c) => c.id), now);
  const titleOf = new Map(cards.map((c) => [c.id, c]));
  const counts = LEVELS.map((l) => ({ level: l, count: mastery.filter((m) => m.level === l).length }));
  const shown = mastery.filter((m) => level === "all" || m.level === level);

  return (
    <>
      <section className={styles.section} aria-labelledby="progress-journeys">
        <h2 id="progress-journeys">Journeys</h2>
        <ul>
          {journeys.map((j) => {
            const p = progressOf(state, j.slug, j.steps.map((s) => s.id));
            const answers = state.journeys[j.slug]?.answers ?? {};
            const quizzes = j.steps.flatMap((s) => s.quizzes);
            const right = quizzes.filter((q) => own(answers, q)?.correct).length;
            return (
              <li key={j.slug} data-progress-journey={j.slug}>
                <Link href={journeyHref(j.slug)}>{j.title}</Link>: {p.seen} of {p.total} steps seen ({p.percent}%), {right} of {quizzes.length} quizzes
                answered right
              </li>
            );
          })}
        </ul>
      </section>

      <section className={styles.section} aria-labelledby="progress-layers">
        <h2 id="progress-layers">Layers covered</h2>
        <p>Steps seen whose hops touch each layer, over every journey.</p>
        <ul className={styles.coverage}>
          {coverage.map((c) => (
            <li key={c.layer} data-layer={c.layer} data-coverage={c.layer}>
              <span>{c.layer}</span>
              <meter min={0} max={c.total} value={c.seen} aria-label={`${c.layer} layer`} aria-valuetext={`${c.percent}%`} />
              <span className={styles.coverageCount}>
                {c.seen} of {c.total} steps ({c.percent}%)
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className={styles.section} aria-labelledby="progress-concepts">
        <h2 id="progress-concepts">Concepts</h2>
        <p>
          Met when you have seen a step that uses it, practised when you have answered one of those steps&apos; quizzes right,
          remembered while its card, reviewed in <Link href="/deck">your deck</Link>, is not due again.
        </p>
        <p role="status">
          {counts.map((c, i) => (
            <span key={c.level} data-mastery-count={c.level}>
              {i > 0 ? " · " : ""}
              {c.count} {MASTERY_LABELS[c.level]}
            </span>
          ))}
        </p>
        <label>
          Show{" "}
          <select value={level} onChange={(e) => setLevel(e.target.value === "all" ? "all" : (Number(e.target.value) as MasteryLevel))}>
            <option value="all">every concept</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {MASTERY_LABELS[l]}
              </option>
            ))}
          </select>
        </label>
        <table className={styles.mastery}>
          <thead>
            <tr>
              <th scope="col">Concept</th>
              <th scope="col">Layer</th>
              <th scope="col">Steps seen</th>
              <th scope="col">Quizzes right</th>
              <th scope="col">Level</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((m) => (
              <tr key={m.id} data-mastery={m.id} data-level={m.level}>
                <th scope="row">
                  <Link href={`/concepts/${m.id}`}>{titleOf.get(m.id)?.title ?? m.id}</Link>
                </th>
                <td>{titleOf.get(m.id)?.layer}</td>
                <td>
                  {m.stepsSeen} of {m.steps}
                </td>
                <td>
                  {m.quizzesRight} of {m.quizzes}
                </td>
                <td>{MASTERY_LABELS[m.level]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
