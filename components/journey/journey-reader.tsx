"use client";
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import { clockAt, totalMs } from "@/app/_lib/journey/clock";
import { lensStops } from "@/app/_lib/journey/lenses";
import { chapterAt, chapterHref, forkHref, stepHref, stepsOf } from "@/app/_lib/journey/pages";
import { withPackets, type ReaderModel, type ViewText } from "@/app/_lib/journey/reader-model";
import { packetMotion, stageCaptions, stageState, type StageStep } from "@/app/_lib/journey/stage";
import { applyVariations, toggleVariation, variationDelta } from "@/app/_lib/journey/variations";
import { InspectButton } from "@/components/inspect/inspect-button";
import { useInspector } from "@/components/inspect/use-inspector";
import { isTypingIn } from "@/components/ui/page-keys";
import { ToolButton, ToolSpacer } from "@/components/ui/stage-tools";
import { useMediaQuery } from "@/components/ui/use-media-query";
import { LiveFollow } from "@/components/live/live-follow";
import { useHopAnswers } from "./hop-answers";
import { JourneyViewProvider, type JourneyView } from "./journey-view";
import { LensMenu } from "./lens-menu";
import { LensNote } from "./lens-note";
import { ProgressBar } from "./progress-bar";
import { Stage } from "./stage";
import { Stepper } from "./stepper";
import { useReaderNav } from "./use-reader-nav";
import { useRecordProgress } from "./use-record-progress";
import { useViewSettings } from "./use-view-settings";
import { useJourneyJson } from "./use-journey-json";
import { VariationMenu } from "./variation-menu";
import { lazyComponent } from "@/components/ui/lazy-component";
import { ShareMenu } from "./share-menu";
import { WhatIfMenu } from "./what-if-menu";
import styles from "./journey-reader.module.css";

// Panels over the map load when first opened.
const InspectorPanel = lazyComponent(() => import("@/components/inspect/inspector-panel").then((m) => m.InspectorPanel));
const StageWaterfall = lazyComponent(() => import("@/components/trace/trace-waterfall").then((m) => m.TraceWaterfall));

type Props = {
  model: ReaderModel;
  /** The narration, rendered on the server: chapters of `[data-step]` sections. */
  children: ReactNode;
};

/** The scrollytelling reader: narration scrolls past a sticky stage driven by the active step. */
export function JourneyReader({ model, children }: Props) {
  const narration = useRef<HTMLElement>(null);
  const reduced = useMediaQuery("(prefers-reduced-motion: reduce)");
  const router = useRouter();
  const leave = useCallback(
    (i: number, how: "push" | "replace") => {
      const href = stepHref(model.slug, model.chapters, model.steps, i);
      if (href) router[how](href);
    },
    [router, model],
  );
  const page = model.chapters[model.page];
  const { index, previous, goTo } = useReaderNav(model.steps, narration, !reduced, {
    firstStep: page?.firstStep ?? 0,
    stepCount: page?.stepCount ?? model.steps.length,
    leave,
  });

  // The view: variations change the map and the steps, a lens highlights one concern.
  const known = useMemo(() => ({ lenses: model.lenses.map((l) => l.id), variations: model.variations.map((v) => v.id) }), [model]);
  const [settings, updateSettings] = useViewSettings(model.slug, known);
  const varied = useMemo(() => applyVariations(model.map, model.steps, model.variations, new Set(settings.variations)), [model, settings.variations]);
  const toggle = useCallback(
    (id: string, on: boolean) => updateSettings({ variations: toggleVariation(model.variations, settings.variations, id, on) }),
    [model.variations, settings.variations, updateSettings],
  );
  const deltas = useMemo(() => Object.fromEntries(model.variations.map((v) => [v.id, variationDelta(model.steps, v)])), [model]);
  const view = useMemo<JourneyView>(
    () => ({ title: model.title, requestName: model.requestName, map: varied.map, steps: varied.steps, clockBase: model.clockBase, variations: model.variations, active: settings.variations, deltas, toggle, goTo }),
    [varied, model, settings.variations, deltas, toggle, goTo],
  );
  const lens = model.lenses.find((l) => l.id === settings.lens);
  // The menus' prose loads when a menu first opens or a lens is on; the page carries none of it.
  const [menuOpened, setMenuOpened] = useState(false);
  const onMenuOpen = useCallback(() => setMenuOpened(true), []);
  const prose = useJourneyJson<ViewText>(model.slug, "view", menuOpened || !!lens);
  // The stage's trace names every step: the others' packets come with the prose.
  const traced = useMemo(() => withPackets(varied.steps, prose?.packets), [varied.steps, prose]);
  const stops = useMemo(() => (lens ? lensStops(varied.steps, lens) : []), [lens, varied.steps]);

  // Memoized so the map's memoized parts see the same arrays until the step changes.
  const answered = useHopAnswers();
  const state = useMemo(() => stageState(varied.map, varied.steps, index, answered), [varied, index, answered]);
  const released = useReleased(state.stepId, state.held);
  const chapter = chapterAt(model.chapters, index);
  const chapterLinks = useMemo(() => model.chapters.map((c) => chapterHref(model.slug, model.chapters, c.id)), [model]);
  const captions = useMemo(() => stageCaptions(page ? stepsOf(page, varied.steps) : varied.steps), [varied.steps, page]);
  const step = onStage(varied.steps[index], varied.changed);
  const stepId = step?.id;
  const clock = clockAt(varied.steps, index, model.clockBase);

  const { open: inspecting, focus: inspectFocus, openInspector, closeInspector, focused } = useInspector();
  const inspection = inspecting ? step?.inspect : undefined;
  const label = useCallback((id: string) => varied.map.nodes.find((n) => n.id === id)?.label ?? id, [varied.map]);

  useRecordProgress(model.slug, stepId, !model.fork);
  const chapterSteps = useMemo(() => model.chapters.map((c) => stepsOf(c, model.steps).map((st) => st.id)), [model]);

  const panel = inspection ? (
    <InspectorPanel inspection={inspection} label={label} onClose={closeInspector} autoFocus={inspectFocus} onFocused={focused} />
  ) : lens?.waterfall ? (
    <StageWaterfall map={varied.map} steps={traced} base={model.clockBase} current={stepId} onPick={goTo} caption={`${lens.label} lens: ${model.title} as a trace.`} onStage />
  ) : null;

  const tools = (
    <>
      <InspectButton available={!!step?.inspect} open={inspecting} onToggle={inspecting ? closeInspector : openInspector} />
      {step?.forks && step.forks.length > 0 ? <WhatIfMenu slug={model.slug} forks={step.forks} /> : null}
      <ToolSpacer />
      {model.lenses.length > 0 ? <LensMenu lenses={model.lenses} prose={prose?.lenses} onOpen={onMenuOpen} current={settings.lens} onPick={(id) => updateSettings({ lens: id })} /> : null}
      {model.variations.length > 0 ? (
        <VariationMenu
          variations={model.variations}
          prose={prose?.variations}
          onOpen={onMenuOpen}
          active={settings.variations}
          deltas={deltas}
          total={{ base: model.clockBase + totalMs(model.steps), varied: model.clockBase + totalMs(varied.steps) }}
          onToggle={toggle}
          clockLabel={model.clockLabel}
        />
      ) : null}
      <ToolButton aria-pressed={settings.describe} onClick={() => updateSettings({ describe: !settings.describe })}>
        Describe
      </ToolButton>
      <ShareMenu
        slug={model.slug}
        title={model.title}
        stepId={stepId}
        href={model.fork ? forkHref(model.slug, model.fork.id, stepId) : stepHref(model.slug, model.chapters, model.steps, index)}
        embeddable={!model.fork}
      />
    </>
  );

  return (
    <div data-reader data-fork={model.fork?.id}>
      <ProgressBar
        title={model.fork ? `What if: ${model.fork.title}` : model.title}
        index={index}
        total={model.steps.length}
        chapter={chapter}
        chapters={model.chapters}
        chapterLinks={chapterLinks}
        page={model.page}
        slug={model.slug}
        chapterSteps={chapterSteps}
        onJump={goTo}
        back={model.fork ? { href: model.fork.origin.href, label: `Back to the happy path (step ${model.fork.origin.number})` } : undefined}
      />
      <main className={styles.body}>
        <div
          className={styles.column}
          onKeyDown={(e) => {
            // "I" inspects while focus is on the stage's controls (a shortcut scoped to them, WCAG 2.1.4).
            if (e.key.toLowerCase() !== "i" || e.altKey || e.ctrlKey || e.metaKey || isTypingIn(e.target)) return;
            if (inspecting) closeInspector();
            else if (step?.inspect) openInspector();
          }}
        >
          <div className={styles.box} data-inspecting={inspecting || undefined}>
            <Stage
              map={varied.map}
              state={state}
              packetMode={reduced ? "jump" : packetMotion(previous, index, released)}
              chapterTitle={model.fork ? `What if: ${model.fork.title}` : (chapter?.title ?? "")}
              clock={clock}
              clockLabel={model.clockLabel}
              captions={captions}
              step={step}
              describe={settings.describe}
              lens={lens}
              added={varied.added}
              tools={tools}
              panel={panel}
              note={lens ? <LensNote lens={lens} prose={prose?.lenses[lens.id]} map={varied.map} stops={stops} index={index} onGo={goTo} /> : null}
              onPacket={step?.inspect ? openInspector : undefined}
            />
            <Stepper index={index} total={model.steps.length} onGo={goTo} />
          </div>
        </div>
        {/* `narration`: the hook globals.css styles the prose's tables by (as the concept page's). */}
        <article className={`narration ${styles.narration}`} ref={narration}>
          <JourneyViewProvider value={view}>{children}</JourneyViewProvider>
        </article>
      </main>
      {/* A fork's steps are not the main line's: there the bar only offers the way back. */}
      <LiveFollow slug={model.slug} index={model.fork ? undefined : index} goTo={model.fork ? undefined : goTo} />
    </div>
  );
}

/** The step as the stage shows it: a step a variation changed no longer matches its inspector payload. */
function onStage(step: StageStep | undefined, changed: ReadonlySet<string>): StageStep | undefined {
  if (!step || !step.inspect || !changed.has(step.id)) return step;
  const { inspect: _changed, ...rest } = step;
  return rest;
}

/** True while the step on stage is one a next-hop answer just released (it was held, now it plays). */
function useReleased(stepId: string, held: boolean): boolean {
  const [seen, setSeen] = useState({ stepId, held, released: false });
  if (seen.stepId !== stepId || seen.held !== held) {
    const released = seen.stepId === stepId && seen.held && !held;
    setSeen({ stepId, held, released });
    return released;
  }
  return seen.released;
}
