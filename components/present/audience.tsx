"use client";
import { useMemo, useState } from "react";
import { clockAt } from "@/app/_lib/journey/clock";
import { chapterAt, toolHref } from "@/app/_lib/journey/pages";
import { packetMotion, stageCaptions, stageState } from "@/app/_lib/journey/stage";
import { keyCommand, type Command } from "@/app/_lib/present/keys";
import type { PresentModel } from "@/app/_lib/present/slides";
import { Stage } from "@/components/journey/stage";
import { useJourneyJson } from "@/components/journey/use-journey-json";
import { usePageKeys } from "@/components/ui/page-keys";
import { useMediaQuery } from "@/components/ui/use-media-query";
import { useHostedText } from "@/components/live/hosted-code";
import { SlideQuiz } from "./slide-quiz";
import { usePresentation } from "./use-presentation";
import { GoToStep } from "./go-to-step";
import { lazyComponent } from "@/components/ui/lazy-component";
import styles from "./audience.module.css";

// A live session's part loads only while one runs.
const AudienceRoom = lazyComponent(() => import("@/components/live/audience-room").then((m) => m.AudienceRoom));
// The overview (every step as a thumbnail map) and the keys' help load when first opened.
const KeyHelp = lazyComponent(() => import("./key-help").then((m) => m.KeyHelp));
const Overview = lazyComponent(() => import("./overview").then((m) => m.Overview));
const MapHeat = lazyComponent(() => import("@/components/live/map-heat").then((m) => m.MapHeat));

/** The audience view: one step per screen, the stage large, its quiz revealed on the presenter's word. */
export function Audience({ model }: { model: PresentModel }) {
  const { state, act, ready } = usePresentation(model, "audience");
  const reduced = useMediaQuery("(prefers-reduced-motion: reduce)");
  const [overlay, setOverlay] = useState<"help" | "overview" | null>(null);
  const [typing, setTyping] = useState<string | null>(null);
  // The step shown before this one: neighbours glide, longer jumps land at once (as in the reader).
  const [moves, setMoves] = useState({ now: state.step, before: state.step });
  if (moves.now !== state.step) setMoves({ now: state.step, before: moves.now });
  const step = model.steps[state.step];
  const slide = model.slides[state.step];
  // Why each answer is right is not in the page (a third of it, and the room sees it only on a reveal): it loads once the page has.
  const whys = useJourneyJson<Record<string, string[]>>(model.slug, "whys", true);
  const quiz = slide?.quiz;
  // A next-hop quiz holds the packet until the answer is revealed; then the step plays.
  const answered = useMemo(() => new Set(state.revealed && quiz ? [quiz.id] : []), [state.revealed, quiz]);
  const stage = useMemo(() => stageState(model.map, model.steps, state.step, answered), [model, state.step, answered]);
  const captions = useMemo(() => stageCaptions(model.steps), [model]);
  const chapter = chapterAt(model.chapters, state.step);
  const hosted = useHostedText(model.slug) !== null;
  const [liveCounts, setLiveCounts] = useState<number[] | undefined>(undefined);

  function run(command: Command) {
    switch (command.type) {
      case "overview":
        setOverlay((o) => (o === "overview" ? null : "overview"));
        return;
      case "help":
        setOverlay((o) => (o === "help" ? null : "help"));
        return;
      case "close":
        setOverlay(null);
        return;
      case "fullscreen":
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
        else void document.documentElement.requestFullscreen?.().catch(() => {});
        return;
      case "console":
        window.open(toolHref(model.slug, "present/console", step?.id), `clickpath-console-${model.slug}`, "popup,width=1200,height=800");
        return;
      default:
        act(command);
    }
  }

  usePageKeys((e) => {
    // Inside the overview, arrows and Enter belong to its buttons.
    if (overlay === "overview" && e.key !== "Escape" && e.key.toLowerCase() !== "o") return;
    // Space and Enter on a focused button press the button.
    if (typing === null && (e.key === " " || e.key === "Enter") && e.target instanceof HTMLElement && e.target.closest("button, a")) return;
    const r = keyCommand(e.key, typing);
    if (r.command || r.typing !== typing || typing !== null) e.preventDefault();
    setTyping(r.typing);
    if (r.command) run(r.command);
  });

  return (
    <div
      className={styles.present}
      data-present="audience"
      data-step-index={state.step}
      data-revealed={state.revealed}
      data-blackout={state.blackout}
      data-ready={ready}
    >
      <Stage
        room
        map={model.map}
        state={stage}
        packetMode={reduced ? "jump" : packetMotion(moves.before, state.step, state.revealed && quiz?.kind === "next-hop")}
        chapterTitle={chapter?.title ?? ""}
        clock={clockAt(model.steps, state.step)}
        clockLabel={model.clockLabel}
        captions={captions}
        overlay={hosted && quiz?.nodes && liveCounts && !state.revealed ? <MapHeat map={model.map} nodes={quiz.nodes} counts={liveCounts} /> : undefined}
      />
      {/* Focusable: on a small screen it scrolls, and keys must reach what it holds. */}
      <div className={styles.presentSide} tabIndex={0} role="region" aria-label="This step">
        <p className={styles.presentCount}>
          Step {state.step + 1} of {model.steps.length}
        </p>
        {slide && slide.concepts.length > 0 ? (
          <ul className={styles.presentConcepts} aria-label="Concepts in this step">
            {slide.concepts.map((c) => (
              <li key={c.id}>{c.title}</li>
            ))}
          </ul>
        ) : null}
        {/* The room sees how it answered once the answer is revealed (before, it would follow the crowd); a next-hop quiz shows its votes as heat on the map. */}
        {quiz ? <SlideQuiz quiz={quiz.why || !whys ? quiz : { ...quiz, why: whys[quiz.id] }} revealed={state.revealed} counts={hosted && state.revealed ? liveCounts : undefined} /> : null}
        {hosted ? <AudienceRoom slug={model.slug} step={state.step} quiz={quiz} revealed={state.revealed} onCounts={setLiveCounts} /> : null}
        <p className={styles.presentHint}>
          <kbd>?</kbd> keys · <kbd>S</kbd> presenter console
        </p>
      </div>
      <GoToStep typing={typing} />
      {state.blackout ? <div className={styles.presentBlackout} data-blackout-screen aria-label="Screen blacked out" role="img" /> : null}
      {overlay === "help" ? <KeyHelp onClose={() => setOverlay(null)} /> : null}
      {overlay === "overview" ? (
        <Overview
          map={model.map}
          steps={model.steps}
          current={state.step}
          onPick={(i) => {
            setOverlay(null);
            act({ type: "go", number: i + 1 });
          }}
          onClose={() => setOverlay(null)}
        />
      ) : null}
    </div>
  );
}
