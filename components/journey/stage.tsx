"use client";
import { useRef, useState, type ComponentProps, type CSSProperties, type ReactNode } from "react";
import type { SystemMap as SystemMapData } from "@/app/_lib/content/schema";
import type { LensShape } from "@/app/_lib/journey/lenses";
import { formatMs, type Clock } from "@/app/_lib/journey/clock";
import type { StageState, StageStep } from "@/app/_lib/journey/stage";
import { cameraFor, cameraTransform, mapBounds, MAX_LIFT, roomLift } from "@/app/_lib/journey/map-geometry";
import { describeStage } from "@/app/_lib/journey/transcript";
import { SystemMap } from "@/components/map/system-map";
import { useFrame } from "@/components/ui/use-frame";
import styles from "./stage.module.css";

type Props = {
  /** On a room's screen: the stage fills its cell, its caption and meta readable from the back. Default: false. */
  room?: boolean;
  map: SystemMapData;
  state: StageState;
  packetMode: "play" | "jump";
  /** Name of the chapter the step belongs to. */
  chapterTitle: string;
  /** The journey's clock at this step. */
  clock: Clock;
  /** The step on stage. When given, screen readers hear its transcript rather than the caption alone. Default: none. */
  step?: StageStep | undefined;
  /** Show the transcript under the caption. Default: false. */
  describe?: boolean;
  /** A lens over the map. Default: none. */
  lens?: LensShape | undefined;
  /** Nodes that variations added. Default: none. */
  added?: ReadonlySet<string> | undefined;
  /** Controls in a row under the map (inspect, what if, lens, variations, describe). Default: none. */
  tools?: ReactNode;
  /** A panel over the map (the inspector, the trace waterfall). Default: none. */
  panel?: ReactNode;
  /** A line under the caption (what the lens sees at this step). Default: none. */
  note?: ReactNode;
  /** Selecting the packet. Default: the packet is not selectable. */
  onPacket?: (() => void) | undefined;
  /** Every caption this stage can show (see `stageCaptions`): the caption keeps room for the longest, so the map never changes size between steps. Default: only the one on show. */
  captions?: readonly string[];
  /** What the clock is called. Default: "Clock". */
  clockLabel?: string;
  /** "follow" frames the step's nodes; "whole" keeps the whole map in view (an explorer's map). Default: "follow". */
  frame?: "follow" | "whole";
  /** Selectable nodes and nodes fading out (see `SystemMap`). Default: none. */
  picking?: ComponentProps<typeof SystemMap>["picking"];
  leaving?: ComponentProps<typeof SystemMap>["leaving"];
  /** Drawn on the map, in its coordinates, over the nodes (the room's heat). Default: none. */
  overlay?: ReactNode;
};

/** The sticky stage: the map framed on the step's nodes, and a caption saying what happens there. */
export function Stage({ map, state, packetMode, chapterTitle, clock, step, describe = false, lens, added, tools, panel, note, onPacket, captions, frame: framing = "follow", picking, leaving, clockLabel = "Clock", room = false, overlay }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  // Measured once the client has taken over; until then (and on the server) the whole map shows.
  const size = useFrame(frame, "(max-width: 799px)");
  const sizeKey = size ? `${size.width}x${size.height}` : "";
  // A new frame size re-frames the map at once; only a new step moves the camera smoothly.
  // Remember the step on screen when the frame last changed: while it stays, the camera cuts.
  const [reframe, setReframe] = useState({ sizeKey, stepId: state.stepId });
  if (reframe.sizeKey !== sizeKey) setReframe({ sizeKey, stepId: state.stepId });
  const reframed = reframe.sizeKey !== sizeKey || reframe.stepId === state.stepId;
  // A phone and a room's screen zoom closer (labels readable from the back); the step's nodes always fit.
  const camera = size ? cameraFor(map, framing === "whole" ? [] : state.activeNodes, { aspect: size.width / size.height, minShare: size.matches || room ? 0.5 : 0.85, grow: room ? MAX_LIFT : 1 }) : undefined;
  const view = size && camera ? cameraTransform(mapBounds(map), camera, size) : undefined;
  // A room's screen showing most of the map grows the nodes in play until their labels read from the back.
  const lift = room && size && camera ? roomLift(camera, size) : 1;
  const transcript = step ? describeStage(map, step, state, clock, clockLabel) : undefined;
  return (
    <figure className={room ? `${styles.stage} ${styles.room}` : styles.stage} data-stage data-active-step={state.stepId} data-held={state.held} data-hydrated={size !== undefined} data-lens={lens?.id} data-lift={lift > 1 || undefined} style={lift > 1 ? ({ "--lift": lift } as CSSProperties) : undefined} aria-label="Stage">
      <div className={styles.frame} ref={frame}>
        <SystemMap
          map={map}
          state={state}
          packetMode={packetMode}
          view={view}
          cameraMotion={reframed ? "jump" : packetMode}
          lens={lens}
          added={added}
          onPacket={onPacket}
          picking={picking}
          leaving={leaving}
          overlay={overlay}
          raise={lift > 1}
        />
        {panel}
      </div>
      {tools ? <div className={styles.tools}>{tools}</div> : null}
      <figcaption className={styles.caption}>
        <span className={styles.meta}>
          <span className={styles.chapter}>{chapterTitle}</span>
          <span className={styles.clock} data-clock={clock.elapsed}>
            {clockLabel} <strong>{formatMs(clock.elapsed)}</strong>
            {clock.hop > 0 ? <> (this hop +{formatMs(clock.hop)})</> : null}
          </span>
        </span>
        {transcript !== undefined ? (
          <>
            <Caption caption={state.caption} captions={captions} />
            {/* Screen readers hear the whole account of the stage, politely, on every step. */}
            <span className="sr-only" aria-live="polite" aria-atomic="true" data-transcript-live>
              {transcript}
            </span>
          </>
        ) : (
          <>
            <Caption caption={state.caption} captions={captions} hidden />
            <span className="sr-only" aria-live="polite" aria-atomic="true">
              {state.caption}
            </span>
          </>
        )}
        {describe && transcript ? (
          <span className={styles.transcript} data-transcript>
            {transcript}
          </span>
        ) : null}
        {note}
      </figcaption>
    </figure>
  );
}

/**
 * The caption on show, stacked in one grid cell over the others the stage can show (invisible,
 * and so silent): the cell is as tall as the longest at any width, and a step change only swaps
 * which one is visible, so neither the caption nor the map above it is laid out again.
 * `hidden` keeps it from screen readers when a live region beside it says the same.
 */
function Caption({ caption, captions = [], hidden = false }: { caption: string; captions?: readonly string[] | undefined; hidden?: boolean }) {
  const all = captions.includes(caption) ? captions : [...captions, caption];
  return (
    <span className={styles.captions} aria-hidden={hidden || undefined}>
      {all.map((c) =>
        c === caption ? (
          <span key={c} data-caption>
            {c}
          </span>
        ) : (
          <span key={c} className={styles.spare} aria-hidden="true">
            {c}
          </span>
        ),
      )}
    </span>
  );
}
