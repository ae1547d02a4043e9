import {
  emptyState,
  markSeen,
  merge,
  recordAnswer,
  reviewCard,
  setCurrent,
  toggleBookmark,
  type LearnerState,
} from "@/app/_lib/learner/state";
import { MAX_COUNT } from "@/app/_lib/learner/limits";
import { decode, encode, exportFile, exportFileName, MAX_DEPTH, MAX_STRING, parseImport, previewImport, sizeText, utf8Length } from "@/app/_lib/learner/storage-codec";

const T0 = Date.UTC(2025, 2, 1, 12, 0, 0);
const DAY = 24 * 60 * 60_000;

function sample(): LearnerState {
  let s = emptyState(T0);
  s = markSeen(s, "one-click", "dns", T0 + 1);
  s = markSeen(s, "one-click", "tcp", T0 + 2);
  s = setCurrent(s, "one-click", "tcp", T0 + 2);
  s = recordAnswer(s, "one-click", "which-dns", false, T0 + 3);
  s = recordAnswer(s, "one-click", "which-dns", true, T0 + 4);
  s = toggleBookmark(s, "dns", T0 + 5);
  s = toggleBookmark(s, "cdn", T0 + 6);
  s = toggleBookmark(s, "cdn", T0 + 7);
  s = reviewCard(s, "dns", 3, T0 + 8);
  return s;
}

/** An export file's text around any value as the state. */
function wrapped(state: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ app: "clickpath", kind: "learner-export", exportedAt: "2025-03-01T12:00:00.000Z", state, ...extra });
}

const refused = (text: string, maxBytes?: number): string => {
  const r = parseImport(text, maxBytes);
  if (r.ok) throw new Error("expected the import to be refused");
  return r.error;
};

describe("encode and decode", () => {
  it("round-trips a state", () => {
    const s = sample();
    expect(decode(encode(s))).toEqual({ state: s });
  });

  it("writes equal states as equal text, whatever order keys were added in", () => {
    const a = toggleBookmark(toggleBookmark(emptyState(T0), "a", T0), "b", T0);
    const b = toggleBookmark(toggleBookmark(emptyState(T0), "b", T0), "a", T0);
    expect(Object.keys(a.bookmarks)).not.toEqual(Object.keys(b.bookmarks));
    expect(encode(a)).toBe(encode(b));
    const other = markSeen(sample(), "checkout", "cart", T0 + 20);
    expect(encode(merge(sample(), other))).toBe(encode(merge(other, sample())));
  });

  it("starts empty, with no problem, when nothing was saved", () => {
    for (const text of [null, "", "  \n"]) {
      const d = decode(text);
      expect(d).toEqual({ state: emptyState(0) });
      expect(d.problem).toBeUndefined();
      expect(d.backup).toBeUndefined();
    }
  });

  it("keeps text that is not JSON as a backup and says so", () => {
    const text = '{"version":2,"journeys":{'; // cut short
    const d = decode(text);
    expect(d.state).toEqual(emptyState(0));
    expect(d.problem).toBe("Saved progress could not be read (not JSON), so Clickpath has started afresh; the saved text is kept as a backup.");
    expect(d.backup).toBe(text);
  });

  it("keeps JSON null as a backup: it is not a state", () => {
    const d = decode("null");
    expect(d.state).toEqual(emptyState(0));
    expect(d.problem).toMatch(/not in the shape Clickpath saves: expected an object, found null/);
    expect(d.backup).toBe("null");
  });

  it("keeps a state of the wrong shape as a backup, naming where it is wrong", () => {
    const text = JSON.stringify({ ...emptyState(T0), journeys: { "one-click": { seen: { dns: "yesterday" }, answers: {} } } });
    const d = decode(text);
    expect(d.state).toEqual(emptyState(0));
    expect(d.problem).toMatch(/^Saved progress could not be read \(it is not in the shape Clickpath saves: journeys\.one-click\.seen\.dns /);
    expect(d.backup).toBe(text);

    const extra = JSON.stringify({ ...emptyState(T0), surprise: 1 });
    expect(decode(extra).problem).toMatch(/surprise/);
    expect(decode("[1,2]").problem).toMatch(/found a list/);
    expect(decode('"just text"').problem).toMatch(/found string/);
  });

  it("does not read a state from a newer version, and marks it as one never to write over", () => {
    const text = JSON.stringify({ version: 4, journeys: {}, somethingNew: [] });
    const d = decode(text);
    expect(d.state).toEqual(emptyState(0));
    expect(d.newer).toBe(4);
    expect(d.problem).toMatch(/This tab is older than your saved progress \(saved in format 4; it reads up to 3\)\. Reload the page to keep saving/);
    // Not a backup to start afresh from: the text stays where it is.
    expect(d.backup).toBeUndefined();
  });

  it("says what is wrong when the version is missing", () => {
    const d = decode(JSON.stringify({ journeys: {} }));
    expect(d.problem).toMatch(/version must be a known format version \(1 to 3\); it is missing/);
  });

  it("migrates a version 1 state and says it did", () => {
    const v1 = { version: 1, journeys: { "one-click": { seen: ["dns"], answers: {} } }, bookmarks: ["dns"], updatedAt: T0 };
    const d = decode(JSON.stringify(v1));
    expect(d.problem).toBeUndefined();
    expect(d.backup).toBeUndefined();
    expect(d.migratedFrom).toBe(1);
    expect(d.state).toEqual({
      version: 3,
      journeys: { "one-click": { seen: { dns: T0 }, answers: {} } },
      bookmarks: { dns: { added: T0 } },
      reviews: {},
      updatedAt: T0,
    });
  });
});

describe("export file", () => {
  it("wraps the state with what it is and when, pretty-printed", () => {
    const text = exportFile(sample(), T0);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(["app", "kind", "exportedAt", "state"]);
    expect(file).toEqual({ app: "clickpath", kind: "learner-export", exportedAt: "2025-03-01T12:00:00.000Z", state: sample() });
    expect(text).toContain('\n  "app": "clickpath"');
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("imports back to the same state", () => {
    expect(parseImport(exportFile(sample(), T0))).toEqual({ ok: true, state: sample(), exportedAt: "2025-03-01T12:00:00.000Z" });
  });

  it("names the file by date", () => {
    expect(exportFileName(T0)).toBe("clickpath-progress-2025-03-01.json");
  });
});

describe("parseImport", () => {
  it("migrates a version 1 state inside an export", () => {
    const r = parseImport(wrapped({ version: 1, journeys: {}, bookmarks: ["dns"], updatedAt: T0 }));
    expect(r).toEqual({ ok: true, state: { ...emptyState(T0), bookmarks: { dns: { added: T0 } } }, exportedAt: "2025-03-01T12:00:00.000Z" });
  });

  it("refuses a file over the size limit, saying its size and the limit", () => {
    const text = exportFile(sample(), T0);
    const bytes = new TextEncoder().encode(text).length;
    expect(refused(text, 100)).toBe(`The file is too large to import: ${sizeText(bytes)}, and the limit is 100 bytes.`);
    const big = " ".repeat(1_500_000);
    expect(refused(big)).toBe("The file is too large to import: 1,500,000 bytes (1.5 MB), and the limit is 1,000,000 bytes (1 MB).");
  });

  it("counts the size in UTF-8 bytes, not characters", () => {
    const text = JSON.stringify("é".repeat(60)); // 62 characters, 122 bytes
    expect(refused(text, 100)).toMatch(/^The file is too large to import: 122 bytes,/);
    expect(refused(text, 122)).not.toMatch(/too large/);
  });

  it("refuses text that is not JSON", () => {
    expect(refused("progress: lots")).toBe("The file is not JSON, so it cannot be a Clickpath progress export.");
    expect(refused("")).toBe("The file is not JSON, so it cannot be a Clickpath progress export.");
  });

  it("refuses JSON that is not a Clickpath export", () => {
    const message = 'The file is not a Clickpath progress export: it needs "app": "clickpath" and "kind": "learner-export".';
    expect(refused(JSON.stringify(sample()))).toBe(message); // a bare state, not an export
    expect(refused(JSON.stringify({ app: "other-app", kind: "learner-export", exportedAt: "2025-03-01", state: sample() }))).toBe(message);
    expect(refused(JSON.stringify({ app: "clickpath", kind: "settings", exportedAt: "2025-03-01", state: sample() }))).toBe(message);
    expect(refused("null")).toBe(message);
    expect(refused("[]")).toBe(message);
  });

  it("refuses an export without a date or without a state", () => {
    expect(refused(JSON.stringify({ app: "clickpath", kind: "learner-export", state: sample() }))).toBe(
      "The file is not a Clickpath progress export: its exportedAt is missing or not a date.",
    );
    expect(refused(wrapped(sample(), { exportedAt: "last tuesday" }))).toMatch(/exportedAt is missing or not a date/);
    expect(refused(JSON.stringify({ app: "clickpath", kind: "learner-export", exportedAt: "2025-03-01" }))).toBe(
      "The file is a Clickpath progress export, but it holds no state.",
    );
  });

  it("refuses a state that fails the schema, naming the first failing path", () => {
    const s = sample();
    expect(refused(wrapped({ ...s, bookmarks: { dns: { added: "yesterday" } } }))).toMatch(/^The file's progress is not valid at state\.bookmarks\.dns\.added: /);
    expect(refused(wrapped({ ...s, reviews: { dns: { ...s.reviews.dns, state: 9 } } }))).toMatch(/at state\.reviews\.dns\.state: /);
    expect(refused(wrapped({ ...s, version: "2" }))).toMatch(/at state\.version: must be a known format version/);
    expect(refused(wrapped(null))).toBe("The file's progress is not valid at state: expected an object, found null.");
  });

  it("refuses numbers past any real value, so no later update can overflow them", () => {
    const at = (answer: Record<string, unknown>) =>
      wrapped({ version: 2, journeys: { j: { seen: {}, answers: { q: { correct: true, at: 1, ...answer } } } }, bookmarks: {}, reviews: {}, updatedAt: 1 });
    expect(refused(at({ tries: Number.MAX_SAFE_INTEGER }))).toMatch(/^The file's progress is not valid at state\.journeys\.j\.answers\.q\.tries/);
    expect(refused(at({ tries: 2, at: 9e15 }))).toMatch(/answers\.q\.at/);
    const ok = parseImport(at({ tries: MAX_COUNT }));
    expect(ok.ok).toBe(true);
    // And the updater stops counting at the bound, so what it saves can always be read again.
    if (!ok.ok) return;
    const next = recordAnswer(ok.state, "j", "q", false, 2);
    expect(next.journeys.j?.answers.q?.tries).toBe(MAX_COUNT);
    expect(decode(encode(next)).problem).toBeUndefined();
  });

  it("refuses nesting deeper than any export, and never throws, whatever the file", () => {
    const deep = (open: string, close: string, n: number) => `{"app":"clickpath","kind":"learner-export","exportedAt":"2025-03-01T12:00:00.000Z","state":{"x":${open.repeat(n)}1${close.repeat(n)}}}`;
    expect(refused(deep("[", "]", MAX_DEPTH + 5))).toMatch(/nests deeper than any progress export/);
    expect(refused(deep('{"a":', "}", 150_000))).toMatch(/nests deeper than any progress export/);
    expect(() => parseImport(deep("[", "]", 400_000))).not.toThrow();
  });

  it("refuses a state from a newer version", () => {
    expect(refused(wrapped({ version: 7 }))).toBe("The file was exported by a newer version of Clickpath (format 7); this page reads up to format 3.");
  });

  it("refuses absurdly long strings anywhere, keys included", () => {
    const long = "x".repeat(MAX_STRING + 1);
    expect(refused(wrapped(sample(), { note: long }))).toBe(
      `The file holds a string of ${MAX_STRING + 1} characters at note; nothing in a progress export is longer than ${MAX_STRING}.`,
    );
    expect(refused(wrapped({ ...sample(), journeys: { "one-click": { seen: { dns: 1 }, answers: {}, deep: [0, long] } } }))).toMatch(
      /at state\.journeys\.one-click\.deep\[1\];/,
    );
    expect(refused(wrapped({ ...sample(), bookmarks: { [long]: { added: 1 } } }))).toMatch(/at a key in state\.bookmarks;/);
    // 2000 characters exactly is allowed (an extra wrapper field is ignored).
    expect(parseImport(wrapped(sample(), { note: "x".repeat(MAX_STRING) })).ok).toBe(true);
  });

  it("treats everything as data: '__proto__' keys pollute nothing", () => {
    const text = `{"app":"clickpath","kind":"learner-export","exportedAt":"2025-03-01","__proto__":{"polluted":true},"state":${JSON.stringify({
      ...emptyState(T0),
    }).replace('"bookmarks":{}', '"bookmarks":{"__proto__":{"added":1,"polluted":true}}')}}`;
    expect(text).toContain('"bookmarks":{"__proto__"');
    const r = parseImport(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The key is no id, so it is dropped: nothing of it reaches the state or any prototype.
    expect(r.ok).toBe(true);
    const state = r.ok ? r.state : emptyState(0);
    expect(Object.getPrototypeOf(state.bookmarks)).toBe(Object.prototype);
    expect(Object.keys(state.bookmarks)).toEqual([]);
    expect(({} as Record<string, unknown>).added).toBeUndefined();
  });
});

describe("previewImport", () => {
  it("counts what merging would add or change", () => {
    const current = sample();
    let incoming = emptyState(T0);
    incoming = markSeen(incoming, "one-click", "dns", T0); // seen here already
    incoming = markSeen(incoming, "one-click", "tls", T0 + 30); // new
    incoming = markSeen(incoming, "checkout", "cart", T0 + 31); // new, new journey
    incoming = recordAnswer(incoming, "one-click", "which-tls", true, T0 + 32); // new answer
    incoming = recordAnswer(incoming, "one-click", "which-dns", false, T0 + 40); // later answer here: updated
    incoming = toggleBookmark(incoming, "tls", T0 + 33); // new bookmark
    incoming = toggleBookmark(incoming, "cdn", T0 + 34); // re-added after the removal here: new again
    incoming = reviewCard(incoming, "tls", 3, T0 + 35); // new review
    incoming = reviewCard(incoming, "dns", 4, T0 + DAY); // reviewed later than here: updated
    expect(previewImport(current, incoming)).toEqual({
      seenSteps: 2,
      answers: 1,
      answersUpdated: 1,
      bookmarks: 2,
      bookmarksRemoved: 0,
      reviews: 1,
      reviewsUpdated: 1,
      changes: 8,
    });
  });

  it("counts bookmarks an import would remove", () => {
    const current = toggleBookmark(emptyState(T0), "dns", T0 + 1);
    const incoming = toggleBookmark(current, "dns", T0 + 2);
    expect(previewImport(current, incoming)).toMatchObject({ bookmarks: 0, bookmarksRemoved: 1, changes: 1 });
  });

  it("finds nothing to change when the import holds nothing new", () => {
    const current = sample();
    const older = markSeen(emptyState(T0 - DAY), "one-click", "dns", T0 + 50); // seen here earlier
    expect(previewImport(current, current).changes).toBe(0);
    expect(previewImport(current, emptyState(T0)).changes).toBe(0);
    expect(previewImport(current, older)).toMatchObject({ seenSteps: 0, changes: 0 });
  });

  it("agrees with merge: after merging, previewing again finds nothing", () => {
    const incoming = reviewCard(markSeen(emptyState(T0), "checkout", "pay", T0), "cdn", 2, T0);
    expect(previewImport(sample(), incoming).changes).toBeGreaterThan(0);
    expect(previewImport(merge(sample(), incoming), incoming).changes).toBe(0);
  });
});

describe("sizes", () => {
  it("counts UTF-8 bytes, surrogate pairs as four", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("→")).toBe(3);
    expect(utf8Length("🙂")).toBe(4);
    const mixed = "a é → 🙂 \ud800 end";
    expect(utf8Length(mixed)).toBe(new TextEncoder().encode(mixed).length);
  });

  it("says sizes plainly", () => {
    expect(sizeText(1)).toBe("1 byte");
    expect(sizeText(999)).toBe("999 bytes");
    expect(sizeText(12_345)).toBe("12,345 bytes (12.3 KB)");
    expect(sizeText(1_000_000)).toBe("1,000,000 bytes (1 MB)");
  });
});
