"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { filesOf, nodesOf } from "@/app/_lib/architecture/code-tree";
import { nodeOfHash, type ExplorerModel } from "@/app/_lib/architecture/explorer-model";
import { clockAt, totalMs } from "@/app/_lib/journey/clock";
import { packetMotion, stageCaptions, stageState, type StageState } from "@/app/_lib/journey/stage";
import { applyVariations, toggleVariation, variationDelta } from "@/app/_lib/journey/variations";
import { Stage } from "@/components/journey/stage";
import { VariationMenu } from "@/components/journey/variation-menu";
import { useMediaQuery } from "@/components/ui/use-media-query";
import { ToolSpacer } from "@/components/ui/stage-tools";
import { CodeExplorer } from "./code-explorer";
import { NodePanel } from "./node-panel";
import styles from "./architecture-explorer.module.css";

/** How long each step of a played request stays on screen. */
const STEP_MS = 1800;

/**
 * An architecture to explore: select nodes, play a typical request through the map, turn
 * variations on and off, and walk from the diagram to the code and back. The map is the
 * journey's stage; the request is a sequence of stage steps, so the picture stays a function of
 * the step index (and of the variations that are on).
 */
export function ArchitectureExplorer({ model }: { model: ExplorerModel }) {
  const reduced = useMediaQuery("(prefers-reduced-motion: reduce)");
  // On a phone the whole map is small: while a request plays, the camera follows it.
  const narrow = useMediaQuery("(max-width: 799px)");
  const [nav, setNav] = useState<{ step: number; previous: number | undefined }>({ step: -1, previous: undefined });
  const { step, previous } = nav;
  const [playing, setPlaying] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [file, setFile] = useState<string | null>(null);
  const [active, setActive] = useState<readonly string[]>([]);

  const varied = useMemo(() => applyVariations(model.map, model.request.steps, model.variations, new Set(active)), [model, active]);
  const leaving = useMemo(() => model.map.nodes.filter((n) => !varied.map.nodes.some((m) => m.id === n.id)), [model.map, varied.map]);
  const total = varied.steps.length;
  const go = useCallback((to: number) => setNav((n) => ({ step: to, previous: n.step })), []);
  // Playing advances one step at a time and rests on the last.
  const running = playing && step < total - 1;
  useEffect(() => {
    if (!running) return;
    const t = window.setTimeout(() => go(step + 1), step < 0 ? 0 : STEP_MS);
    return () => window.clearTimeout(t);
  }, [running, step, go]);

  const overview = `${model.request.title}: press “Play the request” to watch it travel, or select any node.`;
  const captions = useMemo(() => [overview, ...stageCaptions(varied.steps)], [overview, varied.steps]);
  const state: StageState = useMemo(() => {
    if (step >= 0) return stageState(varied.map, varied.steps, step);
    // Before the request plays: every node in view, nothing travelling.
    return {
      index: -1,
      total,
      stepId: "overview",
      caption: overview,
      held: false,
      activeNodes: varied.map.nodes.map((n) => n.id),
      activeEdges: [],
      packet: { label: "", route: [], at: "" },
      branches: [],
    };
  }, [step, varied, total, overview]);

  const highlightedNodes = useMemo(() => new Set(file ? nodesOf(model.code.tree, file) : []), [file, model.code.tree]);
  const highlightedFiles = useMemo(() => new Set(selected ? filesOf(model.code.tree, selected) : []), [selected, model.code.tree]);
  const label = useCallback((id: string) => model.nodes[id]?.label ?? id, [model.nodes]);
  const selectNode = useCallback((id: string) => {
    setSelected((s) => (s === id ? null : id));
    setFile(null);
  }, []);
  const selectFile = useCallback((path: string) => {
    setFile((f) => (f === path ? null : path));
    setSelected(null);
  }, []);
  // A link to a part (`#node-<id>`, as search gives) opens the page with it selected, turning on
  // the variation that adds it if the plain map has no such part.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const visit = () => {
      const id = nodeOfHash(window.location.hash);
      if (!id || !model.nodes[id]) return;
      const adds = model.map.nodes.some((n) => n.id === id) ? undefined : model.variations.find((v) => v.add.nodes.some((n) => n.id === id));
      if (adds) setActive((a) => (a.includes(adds.id) ? a : toggleVariation(model.variations, a, adds.id, true)));
      setSelected(id);
      setFile(null);
      root.current?.scrollIntoView({ block: "start" });
    };
    visit();
    window.addEventListener("hashchange", visit);
    return () => window.removeEventListener("hashchange", visit);
  }, [model]);
  const picking = useMemo(() => ({ selected, highlighted: highlightedNodes, onSelect: selectNode }), [selected, highlightedNodes, selectNode]);
  const deltas = useMemo(() => Object.fromEntries(model.variations.map((v) => [v.id, variationDelta(model.request.steps, v)])), [model]);
  // An architecture's page carries its variations' prose: the menu shows it at once.
  const prose = useMemo(() => Object.fromEntries(model.variations.map(({ id, summary, buys, costs }) => [id, { summary, buys, costs }])), [model]);

  const tools =
    model.variations.length > 0 ? (
      <>
        <ToolSpacer />
        <VariationMenu
          variations={model.variations}
          prose={prose}
          active={active}
          deltas={deltas}
          total={{ base: totalMs(model.request.steps), varied: totalMs(varied.steps) }}
          onToggle={(id, on) => setActive((a) => toggleVariation(model.variations, a, id, on))}
          clockLabel="Request time"
        />
      </>
    ) : null;

  return (
    <div ref={root} className={styles.archExplorer} data-explorer={model.id} data-step-index={step} data-variations={active.join(" ")}>
      <div className={styles.archStage}>
        <Stage
          map={varied.map}
          state={state}
          packetMode={reduced ? "jump" : packetMotion(previous, step)}
          chapterTitle={model.request.title}
          clock={step >= 0 ? clockAt(varied.steps, step) : { hop: 0, elapsed: 0, total: totalMs(varied.steps) }}
          step={step >= 0 ? varied.steps[step] : undefined}
          added={varied.added}
          tools={tools}
          frame={narrow && step >= 0 ? "follow" : "whole"}
          clockLabel="Request time"
          captions={captions}
          picking={picking}
          leaving={leaving}
        />
        <div className={styles.archPlay} role="group" aria-label="Play a request">
          <button
            type="button"
            className={styles.archPlayMain}
            onClick={() => {
              if (running) return setPlaying(false);
              if (step >= total - 1) go(-1);
              setPlaying(true);
            }}
            aria-pressed={running}
          >
            {running ? "Pause" : step >= 0 && step < total - 1 ? "Play on" : "Play the request"}
          </button>
          <button type="button" onClick={() => step > -1 && (setPlaying(false), go(step - 1))} aria-disabled={step <= -1}>
            ← Previous
          </button>
          <span className={styles.archPlayCount} data-play-count>
            {step >= 0 ? `Step ${step + 1} of ${total}` : `${total} steps`}
          </span>
          <button type="button" onClick={() => step < total - 1 && (setPlaying(false), go(step + 1))} aria-disabled={step >= total - 1}>
            Next →
          </button>
        </div>
      </div>
      <div className={styles.archSide}>
        <p className="sr-only" aria-live="polite">
          {selected ? `Selected: ${label(selected)}` : file ? `${file}: ${[...highlightedNodes].map(label).join(", ") || "no node"}` : ""}
        </p>
        {/* The same choice as the map's boxes, as a list: easier on a small screen. */}
        <label className={styles.archPick}>
          Choose a part{" "}
          <select value={selected ?? ""} onChange={(e) => (e.currentTarget.value ? selectNode(e.currentTarget.value) : setSelected(null))} data-node-select>
            <option value="">—</option>
            {varied.map.nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.label}
              </option>
            ))}
          </select>
        </label>
        <NodePanel
          node={selected ? model.nodes[selected] : undefined}
          links={selected ? varied.map.edges.filter((e) => e.from === selected || e.to === selected).map((e) => ({ other: label(e.from === selected ? e.to : e.from), out: e.from === selected, label: e.label })) : []}
          files={selected ? filesOf(model.code.tree, selected) : []}
          onFile={selectFile}
        />
        <CodeExplorer root={model.code.root} tree={model.code.tree} selected={file} highlighted={highlightedFiles} label={label} onSelect={selectFile} />
      </div>
    </div>
  );
}
