"use client";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { stackLayout, type BlockCards } from "@/app/_lib/journey/stack3d";
import { useJourneyView } from "@/components/journey/journey-view";
import { lazyComponent } from "@/components/ui/lazy-component";
import styles from "./see-in-3d.module.css";

// three.js and the scene load only when a reader asks for the 3D view.
const StackScene = lazyComponent(
  () => import("./stack-scene").then((m) => m.default),
  <p className={styles.stackLoading}>Loading the 3D view…</p>,
);

type Props = {
  /** Where the concept cards that live on each node are fetched from, once the view is opened. */
  cardsUrl: string;
  /** The same picture in 2D, shown where 3D cannot be (no WebGL) or should not be (reduced motion). */
  fallback: ReactNode;
};

type View = "closed" | "3d" | { reason: string };

function webglAvailable(): boolean {
  try {
    const canvas = document.createElement("canvas");
    return Boolean(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
  } catch {
    return false;
  }
}

/**
 * "See it in 3D": the whole stack and the click's route, opened on request. The stack is laid out
 * here from the reader's own map and steps (`stackLayout`), so the page carries no 3D data.
 */
export function SeeIn3D({ cardsUrl, fallback }: Props) {
  const journey = useJourneyView();
  const [view, setView] = useState<View>("closed");
  const [selected, setSelected] = useState<string | undefined>(undefined);
  // Laid out once opened: a closed button costs the page's start-up nothing.
  const opened = view !== "closed";
  const stack = useMemo(() => (journey && opened ? stackLayout(journey.map, journey.steps) : undefined), [journey, opened]);
  const cards = useBlockCards(opened ? cardsUrl : undefined);
  // Outside a reader there is no journey to lay out: the 2D picture stands in.
  if (!journey) return <>{fallback}</>;
  const block = stack?.blocks.find((b) => b.id === selected);

  const open = () => {
    if (window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
      return setView({ reason: "You asked your device for reduced motion, so here is the same picture as a still 2D map." });
    }
    if (!webglAvailable()) return setView({ reason: "This browser cannot draw 3D here (WebGL is off or missing), so here is the same picture as a 2D map." });
    setView("3d");
  };

  return (
    <section className={styles.see3d} aria-label="The complete picture in 3D" data-see-3d={view === "closed" ? "closed" : view === "3d" ? "3d" : "fallback"}>
      {view === "closed" ? (
        <button type="button" className={styles.see3dOpen} onClick={open}>
          See it in 3D
        </button>
      ) : view === "3d" ? (
        <>
          {stack ? <StackScene stack={stack} requestName={journey.requestName} selected={selected} onSelect={setSelected} /> : null}
          <p className={styles.see3dHelp}>Drag to turn, scroll or pinch to zoom; or focus the picture and use the arrow keys, + and -. Pick a block to see its cards.</p>
        </>
      ) : (
        <>
          <p className={styles.see3dNote} role="note">
            {view.reason}
          </p>
          {fallback}
        </>
      )}
      {stack ? (
        <div className={styles.see3dBlocks}>
          <h3>Blocks in the picture</h3>
          <ul>
            {stack.blocks.map((b) => (
              <li key={b.id} data-layer={b.layer}>
                <button type="button" aria-pressed={b.id === selected} onClick={() => setSelected(b.id)} data-block={b.id}>
                  {b.label}
                </button>
              </li>
            ))}
          </ul>
          {block ? (
            <div className={styles.see3dPanel} role="status" data-selected-block={block.id}>
              <p>
                <strong>{block.label}</strong> · {block.layer} layer
                {stack.routeNodes.includes(block.id) ? ` · on the route of ${journey.requestName}` : ""}
              </p>
              {cards === undefined ? (
                <p>Loading its cards…</p>
              ) : cards === "failed" ? (
                <p>Its cards could not be loaded. Check the connection and reload the page.</p>
              ) : (cards[block.id] ?? []).length > 0 ? (
                <ul>
                  {(cards[block.id] ?? []).map((c) => (
                    <li key={c.id}>
                      <a href={`/concepts/${c.id}`}>{c.title}</a>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>No card lives here yet.</p>
              )}
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/** The cards on each block, fetched from `url` when there is one; "failed" if they could not be. */
function useBlockCards(url: string | undefined): BlockCards | "failed" | undefined {
  const [cards, setCards] = useState<BlockCards | "failed" | undefined>(undefined);
  useEffect(() => {
    if (!url) return;
    let live = true;
    fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<BlockCards>) : Promise.reject(new Error(`${r.status}`))))
      .then((c) => live && setCards(c), () => live && setCards("failed"));
    return () => {
      live = false;
    };
  }, [url]);
  return cards;
}
