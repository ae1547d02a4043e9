/**
 * The content schema: one source of truth for every journey, map, quiz and concept.
 * Types are derived from it (`z.infer`), so what the loader checks is what the app gets.
 */
import { z } from "zod";

export const LAYERS = [
  "client",
  "network",
  "edge",
  "infrastructure",
  "application",
  "data",
  "async",
  "external",
  "observability",
  "security",
] as const;
export const Layer = z.enum(LAYERS);
export type Layer = z.infer<typeof Layer>;

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by '-'");
const text = z.string().trim().min(1, "must not be empty");

export const RESERVED_CHAPTER_IDS = ["present", "print"] as const;

export const JourneyMeta = z.strictObject({
  title: text,
  pitch: text,
  packet: text.max(32, "is a label on a small capsule: 32 characters at most"),
  // Chapter pages live at /journeys/<slug>/<chapter>; presenter mode and the print version
  // take two of those names.
  chapters: z
    .array(id.refine((v) => !(RESERVED_CHAPTER_IDS as readonly string[]).includes(v), `must not be ${RESERVED_CHAPTER_IDS.map((r) => `'${r}'`).join(" or ")} (the journey's presenter and print pages use those addresses)`))
    .min(1, "needs at least one chapter"),
});
export type JourneyMeta = z.infer<typeof JourneyMeta>;

const coord = z.number().finite().nonnegative();

export const MapNode = z.strictObject({
  id,
  label: text,
  layer: Layer,
  x: coord,
  y: coord,
  group: id.optional(),
});
export type MapNode = z.infer<typeof MapNode>;

export const MapGroup = z.strictObject({ id, label: text, x: coord, y: coord, w: coord, h: coord });
export type MapGroup = z.infer<typeof MapGroup>;

const EdgeKind = z.enum(["flow", "telemetry"]);
export const MapEdge = z
  .union([
    z.tuple([id, id]),
    z.strictObject({ from: id, to: id, kind: EdgeKind.default("flow") }),
  ])
  .transform((e) => (Array.isArray(e) ? { from: e[0], to: e[1], kind: "flow" as const } : e));
export type MapEdge = z.infer<typeof MapEdge>;

export const SystemMap = z.strictObject({
  width: z.number().positive(),
  height: z.number().positive(),
  groups: z.array(MapGroup).default([]),
  nodes: z.array(MapNode).min(1, "needs at least one node"),
  edges: z.array(MapEdge).default([]),
});
export type SystemMap = z.infer<typeof SystemMap>;

const why = z
  .string({ error: "needs a 'why' that explains this answer" })
  .trim()
  .min(1, "needs a 'why' that explains this answer");

export const QuizOption = z.strictObject({ text, correct: z.boolean().default(false), why });
export type QuizOption = z.infer<typeof QuizOption>;

/** An option of a next-hop quiz: a node on the map (its label is the text unless `text` is given). */
export const HopOption = z.strictObject({ node: id, text: text.optional(), correct: z.boolean().default(false), why });
export type HopOption = z.infer<typeof HopOption>;

/** An item of an ordering quiz, listed in the right order; `why` explains its place. */
export const OrderItem = z.strictObject({ text, why });
export type OrderItem = z.infer<typeof OrderItem>;

export const QUIZ_KINDS = ["single", "multiple", "ordering", "next-hop"] as const;

const quizBase = { id, prompt: text };
const options = z.array(QuizOption).min(2, "needs at least two options").max(8, "has room for eight options at most");

/**
 * Four kinds: `single` (one right option), `multiple` (tick every right option), `ordering`
 * (put the items in order; written in the right order, shown shuffled) and `next-hop` (predict
 * the node the packet reaches next; the step where it is placed plays only once it is answered).
 * Every option or item explains itself with a `why`.
 */
export const Quiz = z
  .discriminatedUnion(
    "kind",
    [
      z.strictObject({ ...quizBase, kind: z.literal("single"), options }),
      z.strictObject({ ...quizBase, kind: z.literal("multiple"), options }),
      z.strictObject({
        ...quizBase,
        kind: z.literal("ordering"),
        items: z.array(OrderItem).min(3, "needs at least three items to order").max(8, "has room for eight items at most"),
      }),
      z.strictObject({
        ...quizBase,
        kind: z.literal("next-hop"),
        options: z.array(HopOption).min(2, "needs at least two options").max(6, "has room for six options at most"),
      }),
    ],
    { error: `must be one of ${QUIZ_KINDS.join(", ")}` },
  )
  .superRefine((q, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    if (q.kind === "ordering") {
      const seen = new Set<string>();
      q.items.forEach((item, i) => {
        if (seen.has(item.text)) issue(["items", i, "text"], "is listed twice: every item needs its own place");
        seen.add(item.text);
      });
      return;
    }
    const correct = q.options.filter((o) => o.correct).length;
    if (q.kind === "single" && correct !== 1) issue(["options"], `a single-choice quiz needs exactly one correct option, found ${correct}`);
    if (q.kind === "next-hop" && correct !== 1) issue(["options"], `a next-hop quiz needs exactly one correct option, found ${correct}`);
    if (q.kind === "multiple" && (correct < 2 || correct === q.options.length)) {
      issue(["options"], `a multiple-choice quiz needs at least two correct options and at least one wrong one, found ${correct} of ${q.options.length} correct`);
    }
    if (q.kind === "next-hop") {
      const seen = new Set<string>();
      q.options.forEach((o, i) => {
        if (seen.has(o.node)) issue(["options", i, "node"], `names node '${o.node}' twice`);
        seen.add(o.node);
      });
    }
  });
export type Quiz = z.infer<typeof Quiz>;
export type QuizKind = Quiz["kind"];

export const ChapterFrontmatter = z.strictObject({
  title: text,
  summary: text,
});
export type ChapterFrontmatter = z.infer<typeof ChapterFrontmatter>;

const idList = z
  .string()
  .trim()
  .min(1, "must name at least one map node")
  .transform((s) => s.split(/\s+/));

/** Attributes of a `<Step>` in a chapter: all plain strings, checked here. */
export const StepAttributes = z.strictObject({
  // Chapter headings use `chapter-<id>` anchors; a step id there would collide with them.
  id: id.refine((v) => !v.startsWith("chapter-"), "must not start with 'chapter-' (reserved for chapter headings)"),
  path: idList,
  caption: text,
  focus: idList.optional(),
  packet: text.max(32, "is a label on a small capsule: 32 characters at most").optional(),
  ms: z
    .string()
    .regex(/^\d+$/, "must be a whole number of milliseconds")
    .transform(Number)
    .optional(),
});
export type StepAttributes = z.infer<typeof StepAttributes>;

export const ConceptFrontmatter = z.strictObject({
  title: text,
  summary: text,
  why: text,
  /** When to reach for it. */
  use: text,
  /** When not to (or what it costs). */
  avoid: text,
  layer: Layer,
  nodes: z.array(id).min(1, "must name where it lives on the map"),
  related: z.array(id).default([]),
});
export type ConceptFrontmatter = z.infer<typeof ConceptFrontmatter>;

// Messages read as "<path>: <message>", so make the common ones short and plain.
z.config({
  customError: (issue) => {
    if (issue.code === "invalid_type" && issue.input === undefined) return "is required";
    if (issue.code === "unrecognized_keys") return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")}`;
    if (issue.code === "invalid_value") return `must be one of ${issue.values.map((v) => String(v)).join(", ")}`;
    return undefined;
  },
});
