import {
  bookmarkedIds,
  dueCards,
  emptyState,
  fromFsrsCard,
  isBookmarked,
  LearnerState,
  LearnerStateV1,
  markSeen,
  merge,
  migrate,
  parseLearnerState,
  progressOf,
  recordAnswer,
  reviewCard,
  SerializedCard,
  setCurrent,
  STORAGE_KEYS,
  toFsrsCard,
  toggleBookmark,
  type ReviewRating,
} from "@/app/_lib/learner/state";

const T0 = Date.UTC(2025, 0, 1, 9, 0, 0);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Freezes a value all the way down, so any mutation by the code under test throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const base = () => deepFreeze(emptyState(T0));

describe("storage keys", () => {
  it("names every key the app keeps", () => {
    expect(STORAGE_KEYS).toEqual({ state: "clickpath:learner", backup: "clickpath:learner:backup" });
  });
});

describe("emptyState", () => {
  it("is the current version with nothing in it, and valid", () => {
    const s = emptyState(T0);
    expect(s).toEqual({ version: 3, journeys: {}, bookmarks: {}, reviews: {}, updatedAt: T0 });
    expect(LearnerState.safeParse(s).success).toBe(true);
  });
});

describe("markSeen", () => {
  it("records the step with the time it was first seen, without mutating", () => {
    const s = markSeen(base(), "one-click", "dns-lookup", T0 + 5);
    expect(s.journeys["one-click"]).toEqual({ seen: { "dns-lookup": T0 + 5 }, answers: {} });
    expect(s.updatedAt).toBe(T0 + 5);
    expect(base().journeys).toEqual({});
  });

  it("keeps the first time, returning the same state when the step was already seen", () => {
    const once = deepFreeze(markSeen(base(), "one-click", "dns-lookup", T0 + 5));
    const again = markSeen(once, "one-click", "dns-lookup", T0 + 99);
    expect(again).toBe(once);
    expect(again.journeys["one-click"]?.seen["dns-lookup"]).toBe(T0 + 5);
  });

  it("keeps other steps and journeys as they were", () => {
    const s1 = deepFreeze(markSeen(base(), "one-click", "a", T0 + 1));
    const s2 = deepFreeze(markSeen(s1, "one-click", "b", T0 + 2));
    const s3 = markSeen(s2, "checkout", "a", T0 + 3);
    expect(s3.journeys["one-click"]?.seen).toEqual({ a: T0 + 1, b: T0 + 2 });
    expect(s3.journeys.checkout?.seen).toEqual({ a: T0 + 3 });
  });

  it("treats ids like 'constructor' as plain keys, not inherited properties", () => {
    const name: string = "constructor";
    expect(progressOf(base(), name, [name]).seen).toBe(0);
    const s = markSeen(base(), name, name, T0 + 1);
    expect(Object.hasOwn(s.journeys, name)).toBe(true);
    expect(s.journeys[name]?.seen).toEqual({ constructor: T0 + 1 });
    expect(progressOf(s, name, [name, "other"])).toEqual({ seen: 1, total: 2, percent: 50 });
  });
});

describe("ids and times the schema would refuse", () => {
  it("are ignored by every updater, so what is written always reads back", () => {
    const s = base();
    for (const bad of ["", "Not An Id", "toString", "__proto__", "a".repeat(201)]) {
      expect(markSeen(s, bad, "step", T0)).toBe(s);
      expect(markSeen(s, "journey", bad, T0)).toBe(s);
      expect(setCurrent(s, bad, "step", T0)).toBe(s);
      expect(recordAnswer(s, "journey", bad, true, T0)).toBe(s);
      expect(toggleBookmark(s, bad, T0)).toBe(s);
      expect(reviewCard(s, bad, 3, T0)).toBe(s);
    }
  });

  it("store times as whole, non-negative milliseconds", () => {
    let s = markSeen(base(), "j", "a", T0 + 0.75);
    s = toggleBookmark(s, "dns", -5);
    expect(s.journeys.j?.seen.a).toBe(T0);
    expect(s.bookmarks.dns).toEqual({ added: 0 });
    expect(LearnerState.safeParse(s).success).toBe(true);
  });
});

describe("setCurrent", () => {
  it("records the step the learner is on and when", () => {
    const s = setCurrent(base(), "one-click", "tls", T0 + 10);
    expect(s.journeys["one-click"]).toEqual({ seen: {}, current: { stepId: "tls", at: T0 + 10 }, answers: {} });
    expect(s.updatedAt).toBe(T0 + 10);
  });

  it("changes nothing while the learner stays on the same step", () => {
    const s = deepFreeze(setCurrent(base(), "one-click", "tls", T0 + 10));
    expect(setCurrent(s, "one-click", "tls", T0 + 20)).toBe(s);
  });

  it("moves to another step with the new time and keeps what was seen", () => {
    const s = deepFreeze(setCurrent(markSeen(base(), "one-click", "dns", T0), "one-click", "dns", T0));
    const moved = setCurrent(s, "one-click", "tls", T0 + 30);
    expect(moved.journeys["one-click"]?.current).toEqual({ stepId: "tls", at: T0 + 30 });
    expect(moved.journeys["one-click"]?.seen).toEqual({ dns: T0 });
  });
});

describe("recordAnswer", () => {
  it("counts tries and records the time of the latest", () => {
    let s = base();
    s = deepFreeze(recordAnswer(s, "one-click", "which-dns", false, T0 + 1));
    expect(s.journeys["one-click"]?.answers["which-dns"]).toEqual({ correct: false, tries: 1, at: T0 + 1 });
    s = deepFreeze(recordAnswer(s, "one-click", "which-dns", false, T0 + 2));
    s = deepFreeze(recordAnswer(s, "one-click", "which-dns", true, T0 + 3));
    expect(s.journeys["one-click"]?.answers["which-dns"]).toEqual({ correct: true, tries: 3, at: T0 + 3 });
  });

  it("stays correct once answered right, even after a wrong answer", () => {
    let s = recordAnswer(base(), "one-click", "q", true, T0 + 1);
    s = recordAnswer(s, "one-click", "q", false, T0 + 2);
    expect(s.journeys["one-click"]?.answers.q).toEqual({ correct: true, tries: 2, at: T0 + 2 });
  });

  it("keeps the latest attempt, as written positions, and only one the schema can hold", () => {
    let s = recordAnswer(base(), "one-click", "q", false, T0 + 1, [3]);
    expect(s.journeys["one-click"]?.answers.q).toEqual({ correct: false, tries: 1, at: T0 + 1, last: [3] });
    s = recordAnswer(s, "one-click", "q", true, T0 + 2, [0, 2]);
    expect(s.journeys["one-click"]?.answers.q?.last).toEqual([0, 2]);
    for (const odd of [[], [8], [-1], [1.5], [0, 1, 2, 3, 4, 5, 6, 7, 0]]) {
      const t = recordAnswer(base(), "one-click", "q", false, T0, odd);
      expect(t.journeys["one-click"]?.answers.q, JSON.stringify(odd)).toEqual({ correct: false, tries: 1, at: T0 });
      expect(LearnerState.safeParse(t).success).toBe(true);
    }
  });

  it("keeps answers to other quizzes apart", () => {
    let s = recordAnswer(base(), "one-click", "q1", true, T0 + 1);
    s = recordAnswer(s, "one-click", "q2", false, T0 + 2);
    expect(Object.keys(s.journeys["one-click"]?.answers ?? {}).sort()).toEqual(["q1", "q2"]);
    expect(s.journeys["one-click"]?.answers.q1).toEqual({ correct: true, tries: 1, at: T0 + 1 });
  });
});

describe("bookmarks", () => {
  it("toggles on, off (leaving a tombstone) and on again", () => {
    const on = deepFreeze(toggleBookmark(base(), "dns", T0 + 1));
    expect(isBookmarked(on, "dns")).toBe(true);
    expect(on.bookmarks.dns).toEqual({ added: T0 + 1 });

    const off = deepFreeze(toggleBookmark(on, "dns", T0 + 2));
    expect(isBookmarked(off, "dns")).toBe(false);
    expect(off.bookmarks.dns).toEqual({ added: T0 + 1, removed: T0 + 2 });

    const back = toggleBookmark(off, "dns", T0 + 3);
    expect(isBookmarked(back, "dns")).toBe(true);
    expect(back.bookmarks.dns).toEqual({ added: T0 + 3, removed: T0 + 2 });
    expect(back.updatedAt).toBe(T0 + 3);
  });

  it("always toggles, even twice in the same millisecond or with the clock set back", () => {
    let s = base();
    const seen: boolean[] = [];
    for (const now of [T0, T0, T0, T0 - 1000, T0 - 2000]) {
      s = toggleBookmark(s, "dns", now);
      seen.push(isBookmarked(s, "dns"));
    }
    expect(seen).toEqual([true, false, true, false, true]);
  });

  it("is not bookmarked when never added, and ignores inherited names", () => {
    expect(isBookmarked(base(), "dns")).toBe(false);
    expect(isBookmarked(base(), "constructor")).toBe(false);
    expect(isBookmarked(base(), "toString")).toBe(false);
  });

  it("lists the active bookmarks in the order they were added", () => {
    let s = toggleBookmark(base(), "tls", T0 + 2);
    s = toggleBookmark(s, "dns", T0 + 1);
    s = toggleBookmark(s, "cdn", T0 + 3);
    s = toggleBookmark(s, "tls", T0 + 4);
    expect(bookmarkedIds(s)).toEqual(["dns", "cdn"]);
  });
});

describe("review scheduling", () => {
  const bookmarked = () => deepFreeze(toggleBookmark(base(), "dns", T0));

  it("moves a card into the future after a Good review", () => {
    const s = reviewCard(bookmarked(), "dns", 3, T0 + MINUTE);
    const card = s.reviews.dns;
    expect(card).toBeDefined();
    expect(card!.due).toBeGreaterThan(T0 + MINUTE);
    expect(card!.reps).toBe(1);
    expect(card!.last_review).toBe(T0 + MINUTE);
    expect(s.updatedAt).toBe(T0 + MINUTE);
  });

  it("keeps a card soon after Again, sooner than Hard, Good or Easy", () => {
    const now = T0 + MINUTE;
    const due = (rating: ReviewRating) => reviewCard(bookmarked(), "dns", rating, now).reviews.dns!.due;
    expect(due(1) - now).toBeGreaterThan(0);
    expect(due(1) - now).toBeLessThanOrEqual(10 * MINUTE);
    expect(due(1)).toBeLessThan(due(2));
    expect(due(2)).toBeLessThan(due(3));
    expect(due(3)).toBeLessThan(due(4));
    expect(due(4) - now).toBeGreaterThanOrEqual(DAY);
  });

  it("builds on the card's history: Good again, once due, gives days, and Again counts a lapse", () => {
    const first = reviewCard(bookmarked(), "dns", 3, T0);
    const due1 = first.reviews.dns!.due;
    const second = reviewCard(first, "dns", 3, due1);
    const card = second.reviews.dns!;
    expect(card.reps).toBe(2);
    expect(card.due - due1).toBeGreaterThanOrEqual(DAY);

    const forgot = reviewCard(second, "dns", 1, card.due).reviews.dns!;
    expect(forgot.lapses).toBe(1);
    expect(forgot.due - card.due).toBeLessThanOrEqual(10 * MINUTE);
  });

  it("stores cards JSON-safe: numbers, not dates, that survive a round trip", () => {
    const s = reviewCard(bookmarked(), "dns", 3, T0);
    const card = s.reviews.dns!;
    expect(typeof card.due).toBe("number");
    expect(SerializedCard.safeParse(card).success).toBe(true);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    expect(LearnerState.safeParse(s).success).toBe(true);
  });

  it("converts to ts-fsrs cards with dates and back without loss", () => {
    const card = reviewCard(bookmarked(), "dns", 2, T0).reviews.dns!;
    const fsrsCard = toFsrsCard(card);
    expect(fsrsCard.due).toBeInstanceOf(Date);
    expect(fsrsCard.last_review).toEqual(new Date(T0));
    expect(fromFsrsCard(fsrsCard)).toEqual(card);
  });

  it("is deterministic: the same review gives the same schedule", () => {
    expect(reviewCard(bookmarked(), "dns", 3, T0)).toEqual(reviewCard(bookmarked(), "dns", 3, T0));
  });
});

describe("dueCards", () => {
  it("counts bookmarks never reviewed as due, oldest bookmark first", () => {
    let s = toggleBookmark(base(), "tls", T0 + 2);
    s = toggleBookmark(s, "dns", T0 + 1);
    expect(dueCards(s, T0 + 10)).toEqual([
      { id: "dns", due: T0 + 1, reviewed: false },
      { id: "tls", due: T0 + 2, reviewed: false },
    ]);
  });

  it("holds back a reviewed card until it is due, then sorts by due date", () => {
    let s = toggleBookmark(base(), "dns", T0);
    s = toggleBookmark(s, "tls", T0);
    s = reviewCard(s, "dns", 3, T0 + 1); // due in 10 minutes
    s = reviewCard(s, "tls", 1, T0 + 1); // due in 1 minute
    expect(dueCards(s, T0 + 2)).toEqual([]);
    const tlsDue = s.reviews.tls!.due;
    const dnsDue = s.reviews.dns!.due;
    expect(dueCards(s, tlsDue).map((c) => c.id)).toEqual(["tls"]);
    expect(dueCards(s, dnsDue + DAY)).toEqual([
      { id: "tls", due: tlsDue, reviewed: true },
      { id: "dns", due: dnsDue, reviewed: true },
    ]);
  });

  it("leaves out cards no longer bookmarked, even with a review due", () => {
    let s = toggleBookmark(base(), "dns", T0);
    s = reviewCard(s, "dns", 1, T0);
    s = toggleBookmark(s, "dns", T0 + 1);
    s = reviewCard(s, "cdn", 1, T0); // reviewed but never bookmarked
    expect(dueCards(s, T0 + DAY)).toEqual([]);
  });
});

describe("progressOf", () => {
  it("counts the journey's steps seen, rounding the percent down", () => {
    let s = markSeen(base(), "one-click", "a", T0);
    s = markSeen(s, "one-click", "b", T0);
    expect(progressOf(s, "one-click", ["a", "b", "c"])).toEqual({ seen: 2, total: 3, percent: 66 });
  });

  it("ignores steps seen once but no longer in the journey, and repeated ids", () => {
    let s = markSeen(base(), "one-click", "a", T0);
    s = markSeen(s, "one-click", "gone", T0);
    expect(progressOf(s, "one-click", ["a", "a", "b"])).toEqual({ seen: 1, total: 2, percent: 50 });
  });

  it("is 100 only when every step is seen, and 0 for an unknown or empty journey", () => {
    let s = base();
    const ids = Array.from({ length: 201 }, (_, i) => `s${i}`);
    for (const id of ids.slice(0, 200)) s = markSeen(s, "long", id, T0);
    expect(progressOf(s, "long", ids).percent).toBe(99);
    s = markSeen(s, "long", "s200", T0);
    expect(progressOf(s, "long", ids)).toEqual({ seen: 201, total: 201, percent: 100 });
    expect(progressOf(s, "other", ["a"])).toEqual({ seen: 0, total: 1, percent: 0 });
    expect(progressOf(s, "long", [])).toEqual({ seen: 0, total: 0, percent: 0 });
  });
});

describe("version 1 and migration", () => {
  const v1 = {
    version: 1 as const,
    journeys: {
      "one-click": { seen: ["dns", "tcp", "dns"], current: "tcp", answers: { "which-dns": { correct: true, tries: 2 } } },
      checkout: { seen: [], answers: {} },
    },
    bookmarks: ["dns", "cdn"],
    updatedAt: T0,
  };

  it("is a real earlier shape that the current version does not accept", () => {
    expect(LearnerStateV1.safeParse(v1).success).toBe(true);
    expect(LearnerState.safeParse(v1).success).toBe(false);
  });

  it("migrates to the current version, dating what it knew to its updatedAt", () => {
    const s = migrate(LearnerStateV1.parse(v1));
    expect(s).toEqual({
      version: 3,
      journeys: {
        "one-click": {
          seen: { dns: T0, tcp: T0 },
          current: { stepId: "tcp", at: T0 },
          answers: { "which-dns": { correct: true, tries: 2, at: T0 } },
        },
        checkout: { seen: {}, answers: {} },
      },
      bookmarks: { dns: { added: T0 }, cdn: { added: T0 } },
      reviews: {},
      updatedAt: T0,
    });
    expect(LearnerState.safeParse(s).success).toBe(true);
    expect("current" in (s.journeys.checkout ?? {})).toBe(false);
  });

  it("reads every version through parseLearnerState, saying which it was", () => {
    const fromV1 = parseLearnerState(JSON.parse(JSON.stringify(v1)));
    expect(fromV1).toEqual({ ok: true, state: migrate(LearnerStateV1.parse(v1)), from: 1 });
    const v3 = recordAnswer(toggleBookmark(base(), "dns", T0), "one-click", "which-dns", false, T0, [2]);
    expect(parseLearnerState(JSON.parse(JSON.stringify(v3)))).toEqual({ ok: true, state: v3, from: 3 });
  });

  it("migrates version 2, whose answers kept no attempt, unchanged but for the version", () => {
    const v2 = { version: 2, journeys: { "one-click": { seen: { dns: T0 }, answers: { "which-dns": { correct: false, tries: 1, at: T0 } } } }, bookmarks: {}, reviews: {}, updatedAt: T0 };
    expect(parseLearnerState(v2)).toEqual({ ok: true, state: { ...v2, version: 3 }, from: 2 });
    // An attempt is new in version 3: version 2 data that claims one is not version 2.
    const claimed = { ...v2, journeys: { "one-click": { seen: {}, answers: { "which-dns": { correct: false, tries: 1, at: T0, last: [1] } } } } };
    const r = parseLearnerState(claimed);
    expect(r.ok === false && !r.newer && r.path).toBe("journeys.one-click.answers.which-dns");
  });

  it("recognises a newer version rather than calling it broken", () => {
    expect(parseLearnerState({ version: 4, whatever: true })).toEqual({ ok: false, newer: true, version: 4 });
  });

  it("names the first failing path of a broken state", () => {
    const broken = { ...emptyState(T0), journeys: { "one-click": { seen: { dns: "yesterday" }, answers: {} } } };
    const r = parseLearnerState(broken);
    expect(r.ok).toBe(false);
    expect(r.ok === false && !r.newer && r.path).toBe("journeys.one-click.seen.dns");

    const badId = parseLearnerState({ ...emptyState(T0), bookmarks: { "Not An Id": { added: 1 } } });
    expect(badId.ok === false && !badId.newer && badId.path).toBe("bookmarks.Not An Id");

    const v1Broken = parseLearnerState({ ...v1, bookmarks: ["dns", 7] });
    expect(v1Broken.ok === false && !v1Broken.newer && v1Broken.path).toBe("bookmarks[1]");
  });

  it("refuses values that are not states at all", () => {
    for (const value of [null, [], "state", 42]) {
      const r = parseLearnerState(value);
      expect(r.ok === false && !r.newer && r.message).toMatch(/^expected an object, found /);
    }
    const noVersion = parseLearnerState({ journeys: {} });
    expect(noVersion.ok === false && !noVersion.newer && [noVersion.path, noVersion.message]).toEqual([
      "version",
      "must be a known format version (1 to 3); it is missing",
    ]);
    const zero = parseLearnerState({ version: 0 });
    expect(zero.ok === false && !zero.newer && zero.message).toMatch(/found 0$/);
  });
});

describe("merge", () => {
  it("unites seen steps, keeping the earliest time", () => {
    const a = markSeen(markSeen(base(), "j", "x", T0 + 5), "j", "y", T0 + 1);
    const b = markSeen(markSeen(base(), "j", "x", T0 + 2), "k", "z", T0 + 3);
    const m = merge(a, b);
    expect(m.journeys.j?.seen).toEqual({ x: T0 + 2, y: T0 + 1 });
    expect(m.journeys.k?.seen).toEqual({ z: T0 + 3 });
    expect(m.updatedAt).toBe(T0 + 5);
  });

  it("keeps the attempt of the later answer, whichever side it is on", () => {
    const a = recordAnswer(base(), "j", "q", false, T0 + 1, [1]);
    const b = recordAnswer(base(), "j", "q", true, T0 + 2, [0]);
    expect(merge(a, b).journeys.j?.answers.q).toEqual({ correct: true, tries: 1, at: T0 + 2, last: [0] });
    expect(merge(b, a)).toEqual(merge(a, b));
    const same = recordAnswer(base(), "j", "q", false, T0 + 2, [3]);
    expect(merge(b, same)).toEqual(merge(same, b));
  });

  it("keeps the later current step, whichever side it is on", () => {
    const a = setCurrent(base(), "j", "early", T0 + 1);
    const b = setCurrent(base(), "j", "late", T0 + 2);
    expect(merge(a, b).journeys.j?.current).toEqual({ stepId: "late", at: T0 + 2 });
    expect(merge(b, a).journeys.j?.current).toEqual({ stepId: "late", at: T0 + 2 });
    expect(merge(a, base()).journeys.j?.current).toEqual({ stepId: "early", at: T0 + 1 });
    const tieA = setCurrent(base(), "j", "aaa", T0);
    const tieB = setCurrent(base(), "j", "bbb", T0);
    expect(merge(tieA, tieB)).toEqual(merge(tieB, tieA));
  });

  it("keeps the later answer, correct if either was, with the most tries", () => {
    let a = recordAnswer(base(), "j", "q", true, T0 + 1); // right first time, long ago
    let b = recordAnswer(base(), "j", "q", false, T0 + 2);
    b = recordAnswer(b, "j", "q", false, T0 + 3);
    b = recordAnswer(b, "j", "q", false, T0 + 4);
    expect(merge(a, b).journeys.j?.answers.q).toEqual({ correct: true, tries: 3, at: T0 + 4 });
    a = recordAnswer(base(), "j", "q", false, T0 + 9);
    expect(merge(a, b).journeys.j?.answers.q).toEqual({ correct: false, tries: 3, at: T0 + 9 });
  });

  it("does not resurrect a removed bookmark from an older copy", () => {
    const old = toggleBookmark(base(), "dns", T0 + 1);
    const removed = toggleBookmark(old, "dns", T0 + 2);
    expect(isBookmarked(merge(old, removed), "dns")).toBe(false);
    expect(isBookmarked(merge(removed, old), "dns")).toBe(false);
    expect(merge(old, removed).bookmarks.dns).toEqual({ added: T0 + 1, removed: T0 + 2 });
  });

  it("lets a bookmark added after the removal win, field by field", () => {
    const removedHere = toggleBookmark(toggleBookmark(base(), "dns", T0 + 1), "dns", T0 + 2);
    const addedThere = toggleBookmark(base(), "dns", T0 + 3);
    const m = merge(removedHere, addedThere);
    expect(m.bookmarks.dns).toEqual({ added: T0 + 3, removed: T0 + 2 });
    expect(isBookmarked(m, "dns")).toBe(true);
  });

  it("keeps the review card reviewed most recently", () => {
    const once = reviewCard(base(), "dns", 3, T0);
    const twice = reviewCard(once, "dns", 3, once.reviews.dns!.due);
    const elsewhere = reviewCard(base(), "dns", 1, T0 + 5 * DAY); // reviewed later, on another device
    expect(merge(once, twice).reviews.dns).toEqual(twice.reviews.dns);
    expect(merge(twice, once).reviews.dns).toEqual(twice.reviews.dns);
    expect(merge(twice, elsewhere).reviews.dns).toEqual(elsewhere.reviews.dns);
    expect(merge(elsewhere, twice).reviews.dns).toEqual(elsewhere.reviews.dns);
  });

  describe("laws, over many states", () => {
    // A small deterministic generator: states built from random operations on a handful of ids.
    function rng(seed: number) {
      return () => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return seed / 4294967296;
      };
    }
    function randomState(seed: number): LearnerState {
      const r = rng(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
      const journeys = ["j1", "j2"];
      const ids = ["a", "b", "c", "d"];
      let s = emptyState(T0);
      for (let i = 0; i < 25; i++) {
        const now = T0 + Math.floor(r() * 20) * MINUTE;
        const op = Math.floor(r() * 5);
        if (op === 0) s = markSeen(s, pick(journeys), pick(ids), now);
        else if (op === 1) s = setCurrent(s, pick(journeys), pick(ids), now);
        else if (op === 2) s = recordAnswer(s, pick(journeys), pick(ids), r() < 0.5, now);
        else if (op === 3) s = toggleBookmark(s, pick(ids), now);
        else s = reviewCard(s, pick(ids), pick([1, 2, 3, 4] as const), now);
      }
      return deepFreeze(s);
    }
    const states = [base(), ...Array.from({ length: 12 }, (_, i) => randomState(i + 1))];

    it("covers every kind of record, tombstones and reviews included", () => {
      const all = states.flatMap((s) => Object.values(s.journeys));
      expect(all.some((j) => Object.keys(j.seen).length > 1)).toBe(true);
      expect(all.some((j) => j.current !== undefined)).toBe(true);
      expect(all.some((j) => Object.values(j.answers).some((a) => a.tries > 1))).toBe(true);
      expect(states.some((s) => Object.values(s.bookmarks).some((b) => b.removed !== undefined))).toBe(true);
      expect(states.some((s) => Object.values(s.reviews).some((c) => c.reps > 1))).toBe(true);
    });

    it("is commutative", () => {
      for (const a of states) for (const b of states) expect(merge(a, b)).toEqual(merge(b, a));
    });

    it("is idempotent: merging with itself, or again with the same copy, changes nothing", () => {
      for (const a of states) expect(merge(a, a)).toEqual(a);
      for (const a of states) for (const b of states) expect(merge(merge(a, b), b)).toEqual(merge(a, b));
    });

    it("is associative, so copies converge in any order", () => {
      const [a, b, c] = [states[1]!, states[2]!, states[3]!];
      expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c)));
      expect(merge(merge(c, a), b)).toEqual(merge(a, merge(c, b)));
    });

    it("gives a valid state that contains both sides", () => {
      for (const a of states.slice(0, 5)) {
        for (const b of states.slice(0, 5)) {
          const m = merge(a, b);
          expect(LearnerState.safeParse(m).success).toBe(true);
          for (const side of [a, b]) {
            for (const [slug, j] of Object.entries(side.journeys)) {
              for (const step of Object.keys(j.seen)) expect(m.journeys[slug]?.seen[step]).toBeLessThanOrEqual(j.seen[step]!);
              for (const [quiz, answer] of Object.entries(j.answers)) {
                expect(m.journeys[slug]?.answers[quiz]?.tries).toBeGreaterThanOrEqual(answer.tries);
                if (answer.correct) expect(m.journeys[slug]?.answers[quiz]?.correct).toBe(true);
              }
            }
          }
        }
      }
    });
  });
});
