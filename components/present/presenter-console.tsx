"use client";
import { useState, useSyncExternalStore, type ReactNode } from "react";
import { clockAt, formatMs } from "@/app/_lib/journey/clock";
import { chapterAt } from "@/app/_lib/journey/pages";
import { stageState } from "@/app/_lib/journey/stage";
import { keyCommand, type Command } from "@/app/_lib/present/keys";
import type { PresentModel } from "@/app/_lib/present/slides";
import { StaticMap } from "@/components/map/static-map";
import { isOnControl, usePageKeys } from "@/components/ui/page-keys";
import { countsAsShown } from "@/app/_lib/live/room";
import { shownOrder } from "@/app/_lib/quiz/score";
import { LivePanel } from "@/components/live/live-panel";
import { useHostedSession, useLiveSync } from "@/components/live/use-hosted-session";
import { KeyHelp } from "./key-help";
import { SlideQuiz } from "./slide-quiz";
import { usePresentation } from "./use-presentation";
import { GoToStep } from "./go-to-step";
import styles from "./presenter-console.module.css";

type Props = {
  model: PresentModel;
  /** Every step's speaker notes, rendered on the server as `[data-notes-for]` sections. */
  notes: ReactNode;
};

function elapsedText(ms: number): string {
  const s = Math.floor(ms / 1000);
  const mm = String(Math.floor(s / 60) % 60).padStart(2, "0");
  const ss = String(s % 60).padStart(2, "0");
  return s >= 3600 ? `${Math.floor(s / 3600)}:${mm}:${ss}` : `${mm}:${ss}`;
}

// Time since the talk started (the console opened), as an external store ticking once a second.
let startedAt: number | undefined;
const ticking = new Set<() => void>();

function subscribeTime(onTick: () => void) {
  startedAt ??= Date.now();
  ticking.add(onTick);
  const timer = window.setInterval(onTick, 1000);
  return () => {
    window.clearInterval(timer);
    ticking.delete(onTick);
  };
}

function restartTimer() {
  startedAt = Date.now();
  for (const tick of ticking) tick();
}

function useElapsed(): string {
  const seconds = useSyncExternalStore(
    subscribeTime,
    () => Math.floor((Date.now() - (startedAt ?? Date.now())) / 1000),
    () => 0,
  );
  return elapsedText(seconds * 1000);
}

/** The presenter console: this step and its notes, the next one, the time, and the controls. */
export function PresenterConsole({ model, notes }: Props) {
  const { state, act, ready } = usePresentation(model, "console");
  const [help, setHelp] = useState(false);
  const [typing, setTyping] = useState<string | null>(null);
  const elapsed = useElapsed();
  const step = model.steps[state.step];
  const next = model.steps[state.step + 1];
  const slide = model.slides[state.step];
  const chapter = chapterAt(model.chapters, state.step);
  const clock = clockAt(model.steps, state.step);
  const live = useHostedSession(model.slug);
  const liveQuiz = slide?.quiz && { id: slide.quiz.id, kind: slide.quiz.kind, optionCount: slide.quiz.choices.length };
  useLiveSync(live, state.step, liveQuiz, state.revealed);
  const liveCounts = slide?.quiz && live.room?.quiz?.id === slide.quiz.id ? countsAsShown(live.room.quiz, shownOrder(slide.quiz.id, slide.quiz.choices.length)) : undefined;

  function run(command: Command) {
    if (command.type === "help") setHelp((h) => !h);
    else if (command.type === "close") setHelp(false);
    else if (command.type === "fullscreen") {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      else void document.documentElement.requestFullscreen?.().catch(() => {});
    } else act(command);
  }

  usePageKeys((e) => {
    const r = keyCommand(e.key, typing);
    // Space and Enter on a focused button press the button; everything else is a key command.
    if (typing === null && (e.key === " " || e.key === "Enter") && isOnControl(e.target)) return;
    if (r.command || r.typing !== typing || typing !== null) e.preventDefault();
    setTyping(r.typing);
    if (r.command) run(r.command);
  });

  return (
    <div className={styles.console} data-present="console" data-step-index={state.step} data-revealed={state.revealed} data-blackout={state.blackout} data-ready={ready}>
      {/* Only this step's notes show; ids are content ids ([a-z0-9-]), safe in a selector. */}
      <style>{step ? `[data-notes-for="${step.id}"]{display:block}` : ""}</style>
      <header className={styles.consoleBar}>
        <p>
          <strong>
            Step {state.step + 1} of {model.steps.length}
          </strong>{" "}
          · {chapter?.title}
        </p>
        <p className={styles.consoleTime}>
          <span data-elapsed>Elapsed {elapsed}</span>{" "}
          <button type="button" onClick={restartTimer}>
            Restart timer
          </button>
        </p>
        <p className={styles.consoleClock} data-clock={clock.elapsed}>
          {model.clockLabel} {formatMs(clock.elapsed)}
          {clock.hop > 0 ? ` (+${formatMs(clock.hop)})` : ""}
        </p>
      </header>
      <div className={styles.consoleBody}>
        <section aria-labelledby="console-now">
          <h2 id="console-now">Now</h2>
          <p className={styles.consoleCaption} data-console-caption>
            {step?.caption}
          </p>
          {step ? <StaticMap map={model.map} lit={stageState(model.map, model.steps, state.step).activeNodes} label={`Stage now: ${step.caption}`} variant="console" /> : null}
          {slide?.quiz ? <SlideQuiz quiz={slide.quiz} revealed variant="console" counts={liveCounts} /> : null}
        </section>
        <section className={styles.consoleNotes} aria-labelledby="console-notes" aria-live="polite">
          <h2 id="console-notes">Notes</h2>
          {notes}
        </section>
        <section aria-labelledby="console-next">
          <h2 id="console-next">Next</h2>
          {next ? (
            <>
              <p data-console-next>{next.caption}</p>
              <StaticMap map={model.map} lit={stageState(model.map, model.steps, state.step + 1).activeNodes} variant="console" />
            </>
          ) : (
            <p data-console-next>That is the last step.</p>
          )}
        </section>
        <LivePanel code={live.code} room={live.room} problem={live.problem} onStart={() => void live.start()} onEnd={() => void live.end()} />
      </div>
      <nav className={styles.consoleControls} aria-label="Presentation controls">
        <button type="button" onClick={() => act({ type: "previous" })} disabled={state.step === 0}>
          Previous <kbd>←</kbd>
        </button>
        <button type="button" className="button" onClick={() => act({ type: "next" })} disabled={state.step >= model.steps.length - 1}>
          Next <kbd>→</kbd>
        </button>
        {slide?.quiz ? (
          <button type="button" aria-pressed={state.revealed} onClick={() => act({ type: "reveal" })} data-reveal>
            {state.revealed ? "Hide the answer" : "Reveal the answer"} <kbd>R</kbd>
          </button>
        ) : null}
        <button type="button" aria-pressed={state.blackout} onClick={() => act({ type: "blackout" })}>
          Black screen <kbd>B</kbd>
        </button>
        <button type="button" onClick={() => setHelp(true)}>
          Keys <kbd>?</kbd>
        </button>
      </nav>
      <GoToStep typing={typing} />
      {help ? <KeyHelp onClose={() => setHelp(false)} /> : null}
    </div>
  );
}
