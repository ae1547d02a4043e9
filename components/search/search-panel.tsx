"use client";
import { useEffect, useId, useMemo, useState, type RefObject } from "react";
import type { SearchDoc } from "@/app/_lib/search/documents";
import { SEARCH_INDEX_HREF, searchPageHref } from "@/app/_lib/search/hrefs";
import { indexAsync, type Search } from "@/app/_lib/search/query";
import { SearchResult } from "./search-result";
import styles from "./search-panel.module.css";

/** How many results the panel lists; the results page has the rest. */
const SHOWN = 8;

let loading: Promise<Search> | undefined;

/** The documents, fetched and indexed once per page (again after a failure). */
function loadSearch(): Promise<Search> {
  loading ??= fetch(SEARCH_INDEX_HREF)
    .then((r) => {
      if (!r.ok) throw new Error(`${SEARCH_INDEX_HREF}: HTTP ${r.status}`);
      return r.json() as Promise<SearchDoc[]>;
    })
    .then(indexAsync)
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/**
 * Goes where a result points, leaving the box first (so the reader's keys are the page's again).
 * On this page (another step of the chapter, another part of the architecture) only the hash
 * changes, and the reader and the explorer follow `hashchange`; any other page is loaded as a
 * link would load it.
 */
function follow(href: string, box: HTMLInputElement | null) {
  box?.blur();
  const url = new URL(href, window.location.href);
  if (url.pathname !== window.location.pathname || url.search !== window.location.search) window.location.assign(url.href);
  else if (url.hash && url.hash !== window.location.hash) window.location.hash = url.hash;
}

type Option = { id: string; href: string; doc?: SearchDoc };

/**
 * The search box's results, as an ARIA combobox: the box keeps the focus, the results are a
 * listbox below it, ↓ and ↑ move through them (the box names the one chosen by
 * `aria-activedescendant`), Enter follows it (or, with none chosen, sends the form to the
 * results page), Escape closes the list. A status line tells screen readers how many there are.
 * The box is the page's own `<input>` (`search-box.tsx`); this adds its roles and listeners.
 */
export function SearchPanel({ input }: { input: RefObject<HTMLInputElement | null> }) {
  const id = useId();
  const listId = `${id}-list`;
  const [search, setSearch] = useState<Search | null>(null);
  const [failed, setFailed] = useState(false);
  // What was typed; the list opens on typing, not on focus (the results page's box holds its query).
  const [query, setQuery] = useState(() => {
    const el = input.current;
    return el && el.value !== el.defaultValue ? el.value : "";
  });
  const [open, setOpen] = useState(query.trim() !== "");
  const [active, setActive] = useState(-1);

  useEffect(() => {
    let live = true;
    loadSearch().then(
      (s) => live && setSearch(() => s),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const options = useMemo<Option[]>(() => {
    const q = query.trim();
    if (!q) return [];
    const hits = search ? search(q, SHOWN) : [];
    return [...hits.map((h, i) => ({ id: `${id}-${i}`, href: h.doc.href, doc: h.doc })), { id: `${id}-all`, href: searchPageHref(q) }];
  }, [search, query, id]);
  const shown = open && options.length > 0;
  const chosen = shown ? options[active] : undefined;

  // The box's roles and state, on the page's own input.
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.setAttribute("role", "combobox");
    el.setAttribute("aria-autocomplete", "list");
    el.setAttribute("aria-controls", listId);
    el.setAttribute("aria-expanded", String(shown));
    if (chosen) el.setAttribute("aria-activedescendant", chosen.id);
    else el.removeAttribute("aria-activedescendant");
  }, [input, listId, shown, chosen]);

  // What was typed after the first render and before the listeners below were attached (a fast
  // typist, or a busy machine, while this panel's chunk arrived): no input event told of it.
  useEffect(() => {
    const el = input.current;
    if (!el || el.value === el.defaultValue) return;
    const typed = el.value;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- catching up with the DOM once, as a subscription does after subscribing
    setQuery((q) => (q === typed ? q : typed));
    setOpen(typed.trim() !== "");
  }, [input]);

  // Its listeners: typing, the keys that move through the list, leaving it.
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    const onInput = () => {
      setQuery(el.value);
      setOpen(el.value.trim() !== "");
      setActive(-1);
    };
    const onKey = (e: KeyboardEvent) => {
      const n = options.length;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (n === 0) return;
        e.preventDefault();
        if (!shown) {
          setOpen(true);
          setActive(e.key === "ArrowDown" ? 0 : n - 1);
        } else setActive((a) => (e.key === "ArrowDown" ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
      } else if (e.key === "Enter") {
        if (chosen) {
          e.preventDefault();
          setOpen(false);
          follow(chosen.href, el);
        } else if (!el.value.trim()) e.preventDefault();
      } else if (e.key === "Escape") {
        if (shown) {
          // Closing the list keeps what was typed (the browser's own Escape would clear it).
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (!el.value) el.blur();
      } else if (e.key === "Tab") setOpen(false);
    };
    const onBlur = () => setOpen(false);
    const onFocus = () => setOpen(el.value.trim() !== "" && el.value === query);
    el.addEventListener("input", onInput);
    el.addEventListener("keydown", onKey);
    el.addEventListener("blur", onBlur);
    el.addEventListener("focus", onFocus);
    return () => {
      el.removeEventListener("input", onInput);
      el.removeEventListener("keydown", onKey);
      el.removeEventListener("blur", onBlur);
      el.removeEventListener("focus", onFocus);
    };
  }, [input, options, shown, chosen, query]);

  // The chosen result stays in view as the arrows move through a list taller than the screen.
  useEffect(() => {
    if (chosen) document.getElementById(chosen.id)?.scrollIntoView({ block: "nearest" });
  }, [chosen]);

  const count = options.length - 1;
  const status = !query.trim() ? "" : failed ? "Search could not load. Press Enter for the results page." : !search ? "Loading search…" : count === 0 ? "No results. Press Enter for the results page." : `${count === SHOWN ? `Top ${SHOWN}` : count} result${count === 1 ? "" : "s"}. Use the arrow keys to choose, Enter to go.`;

  return (
    <>
      <p className="sr-only" role="status">
        {status}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        className={styles.list}
        hidden={!shown}
        // The box keeps the focus while a result is clicked.
        onMouseDown={(e) => e.preventDefault()}
      >
        {options.map((o, i) => (
          <li
            key={o.id}
            id={o.id}
            role="option"
            aria-selected={i === active}
            data-layer={o.doc?.layer}
            data-kind={o.doc?.kind ?? "all"}
            className={o.doc ? styles.option : styles.all}
            onClick={() => {
              setOpen(false);
              follow(o.href, input.current);
            }}
            onMouseMove={() => i !== active && setActive(i)}
          >
            {o.doc ? <SearchResult doc={o.doc} /> : `All results for “${query.trim()}”`}
          </li>
        ))}
      </ul>
    </>
  );
}
