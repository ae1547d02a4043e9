"use client";
import { useCallback, useEffect, useRef, useState, type ComponentType, type RefObject } from "react";
import { SEARCH_PAGE } from "@/app/_lib/search/hrefs";
import { usePageKeys } from "@/components/ui/page-keys";
import styles from "./search-box.module.css";

type PanelType = ComponentType<{ input: RefObject<HTMLInputElement | null> }>;

const VARIANT = { bar: styles.bar, page: styles.page, main: styles.main };

type Props = {
  /** Where it sits: the reader's bar (small; an icon on phones), the top of a page, or the results page's own box. Default: page. */
  variant?: "bar" | "page" | "main";
  /** What it holds when the page arrives (the results page's query). */
  defaultValue?: string | undefined;
};

/**
 * The search box, in the reader's bar and at the top of every other page (not the audience view,
 * the presenter's console or the 404 page: docs/decisions/0008). Without JavaScript it is a plain
 * form that sends its query to `/search`. With it, `/` focuses it, and focusing it loads the
 * panel (`search-panel.tsx`), which fetches the documents, searches as you type and offers the
 * results as a list to move through with the arrow keys. All this costs a page its form (about
 * 50 bytes of HTML gzip) and about half a kilobyte of script.
 */
export function SearchBox({ variant = "page", defaultValue }: Props) {
  const input = useRef<HTMLInputElement>(null);
  // The results panel (and MiniSearch, and the documents) load when the box is first used. A
  // plain import(): next/dynamic would bring 2.5 KB of its own to pages that use it nowhere else.
  const [Panel, setPanel] = useState<PanelType | null>(null);
  const load = useCallback(() => void import("./search-panel").then((m) => setPanel(() => m.SearchPanel)), []);
  usePageKeys((e) => {
    if (e.key !== "/") return;
    e.preventDefault();
    input.current?.focus();
  });
  // The shortcut works only once the script runs, so only then does the box say so (until then
  // its magnifier and its label say what it is); and the browser's own suggestions, useful to a
  // plain form, would cover the panel's.
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.setAttribute("aria-keyshortcuts", "/");
    el.placeholder = "Search  /";
    el.autocomplete = "off";
    // Focused before the script ran: load now what focusing it would have.
    if (document.activeElement === el) load();
  }, [load]);
  return (
    <form role="search" action={SEARCH_PAGE} className={VARIANT[variant]}>
      <input ref={input} type="search" name="q" aria-label="Search" defaultValue={defaultValue} onFocus={load} />
      {Panel ? <Panel input={input} /> : null}
    </form>
  );
}
