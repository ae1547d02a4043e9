"use client";
import { useRef, useState } from "react";
import type { SystemMap as SystemMapData } from "@/app/_lib/content/schema";
import { formatMs, type Clock } from "@/app/_lib/journey/clock";
import { cameraFor, cameraTransform, mapBounds, type StageState } from "@/app/_lib/journey/stage";
import { SystemMap } from "@/components/map/system-map";
import { useFrame } from "@/components/ui/use-frame";

type Props = {
  map: SystemMapData;
  state: StageState;
  packetMode: "play" | "jump";
  /** Name of the chapter the step belongs to. */
  chapterTitle: string;
  /** Kareem's clock at this step. */
  clock: Clock;
};

/** The sticky stage: the map framed on the step's nodes, and a caption saying what happens there. */
export function Stage({ map, state, packetMode, chapterTitle, clock }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  // Measured once the client has taken over; until then (and on the server) the whole map shows.
  const size = useFrame(frame, "(max-width: 799px)");
  const sizeKey = size ? `${size.width}x${size.height}` : "";
  // A new frame size re-frames the map at once; only a new step moves the camera smoothly.
  // Remember the step on screen when the frame last changed: while it stays, the camera cuts.
  const [reframe, setReframe] = useState({ sizeKey, stepId: state.stepId });
  if (reframe.sizeKey !== sizeKey) setReframe({ sizeKey, stepId: state.stepId });
  const reframed = reframe.sizeKey !== sizeKey || reframe.stepId === state.stepId;
  const view = size
    ? cameraTransform(
        mapBounds(map),
        cameraFor(map, state.activeNodes, { aspect: size.width / size.height, minShare: size.matches ? 0.5 : 0.85 }),
        size,
      )
    : undefined;
  return (
    <figure className="stage" data-stage data-active-step={state.stepId} data-held={state.held} data-hydrated={size !== undefined} aria-label="Stage">
      <div className="stage-frame" ref={frame}>
        <SystemMap map={map} state={state} packetMode={packetMode} view={view} cameraMotion={reframed ? "jump" : packetMode} />
      </div>
      <figcaption className="stage-caption">
        <span className="stage-meta">
          <span className="stage-chapter">{chapterTitle}</span>
          <span className="stage-clock" data-clock={clock.elapsed}>
            Kareem&rsquo;s clock <strong>{formatMs(clock.elapsed)}</strong>
            {clock.hop > 0 ? <> (this hop +{formatMs(clock.hop)})</> : null}
          </span>
        </span>
        <span aria-live="polite" aria-atomic="true" data-caption>
          {state.caption}
        </span>
      </figcaption>
    </figure>
  );
}
