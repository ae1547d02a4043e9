/**
 * The content schema: one source of truth for every journey, map, quiz and concept.
 * Types are derived from it (`z.infer`), so what the loader checks is what the app gets.
 * Maps (`schema-map.ts`) and quizzes (`schema-quiz.ts`) have modules of their own, built from
 * `schema-base.ts`; everything is imported from here.
 */
import { z } from "zod";
import { id, Layer, text } from "./schema-base";
import { Lane, LaneNode, MapEdge, MapNode } from "./schema-map";

export { Layer } from "./schema-base";
export * from "./schema-map";
export * from "./schema-quiz";

/** What pages call a journey's request when its journey.yaml does not name it. */
export const DEFAULT_REQUEST_NAME = "the request";

/** Addresses under /journeys/<slug>/ that pages other than chapters use. */
export const RESERVED_CHAPTER_IDS = ["present", "print", "transcript", "what-if"] as const;

export const JourneyMeta = z.strictObject({
  title: text,
  pitch: text,
  packet: text.max(32, "is a label on a small capsule: 32 characters at most"),
  // Chapter pages live at /journeys/<slug>/<chapter>; presenter mode, the print version, the
  // transcript and the failure forks take some of those names.
  chapters: z
    .array(
      id.refine(
        (v) => !(RESERVED_CHAPTER_IDS as readonly string[]).includes(v),
        `must not be one of ${RESERVED_CHAPTER_IDS.map((r) => `'${r}'`).join(", ")} (the journey's presenter, print, transcript and fork pages use those addresses)`,
      ),
    )
    .min(1, "needs at least one chapter"),
  /**
   * The journey's clock at its end, in ms: the sum of every step's `ms`. Stated here
   * (and checked against the sum) so that changing one step's time is a conscious choice.
   */
  clock: z.number().int("must be a whole number of milliseconds").nonnegative(),
  /** What the stage calls the running total: whose time it is. */
  clockLabel: text.max(24, "is a small label: 24 characters at most").default("Clock"),
  /**
   * What pages call the request the journey follows, inside a sentence ("Why it matters to
   * <requestName>"): the journey names its protagonist, shared code never does.
   */
  requestName: text.max(32, "is a few words inside a sentence: 32 characters at most").default(DEFAULT_REQUEST_NAME),
  /**
   * About how long the journey takes to read, in whole minutes, as the home page shows it. Left
   * out, it is estimated from the narration's words; state it when the quizzes, forks or the
   * map take readers longer than the words alone.
   */
  readingMinutes: z.number().int("must be a whole number of minutes").positive("must be at least 1 minute").optional(),
  /** A `flow` is a short journey that plays one flow of an architecture; it is listed with it, not on the home page. */
  kind: z.enum(["journey", "flow"]).default("journey"),
  /** The architecture (journeys/architectures/<id>.yaml) a flow belongs to. */
  architecture: id.optional(),
});
export type JourneyMeta = z.infer<typeof JourneyMeta>;


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

/**
 * A step's routes: node ids separated by spaces, and `|` between routes when the step fans out
 * (`"bus email | bus stock"`: two packets at once). The first route is the packet's own.
 */
const routeList = z
  .string()
  .trim()
  .min(1, "must name at least one map node")
  .transform((s) => s.split("|").map((route) => route.trim().split(/\s+/).filter(Boolean)))
  .refine((routes) => routes.every((r) => r.length > 0), "has an empty route around '|': write the nodes of every route, like \"bus email | bus stock\"");

/** Attributes of a `<Step>` in a chapter: all plain strings, checked here. */
export const StepAttributes = z.strictObject({
  // Chapter headings use `chapter-<id>` anchors; a step id there would collide with them.
  id: id.refine((v) => !v.startsWith("chapter-"), "must not start with 'chapter-' (reserved for chapter headings)"),
  path: routeList,
  caption: text,
  focus: idList.optional(),
  packet: text.max(32, "is a label on a small capsule: 32 characters at most").optional(),
  /** What this step's hop costs the request, in ms (0 for a step that looks around rather than moves the request). */
  ms: z
    .string({ error: "is required: what this step's hop costs the request, in whole milliseconds (0 if nothing)" })
    .regex(/^\d+$/, "must be a whole number of milliseconds")
    .transform(Number),
  /** The node whose work the step's time is (default: the last node of the path); the trace waterfall files the span under it. */
  span: id.optional(),
});
export type StepAttributes = z.infer<typeof StepAttributes>;

/**
 * Attributes of a `<Concept>` in a step. Cards are shared by every journey; `nodes` says where
 * the card sits on this journey's map (its frontmatter's `nodes` is only the default), and `why`
 * why it matters in this journey (the card's own `why` otherwise).
 */
export const ConceptAttributes = z.strictObject({
  id,
  nodes: idList.optional(),
  why: text.optional(),
});

/** Attributes of an `<Inspect>` in a step: the hop whose view of the request it shows. */
export const InspectAttributes = z.strictObject({
  hop: id,
  title: text.max(80, "is a heading: 80 characters at most"),
});

/** A failure fork's frontmatter (`forks/<id>.mdx`): what breaks, shown on the button that plays it. */
export const ForkFrontmatter = z.strictObject({
  title: text.max(60, "is a button's label: 60 characters at most"),
  summary: text,
});
export type ForkFrontmatter = z.infer<typeof ForkFrontmatter>;

const ms = z.number().int("must be a whole number of milliseconds").nonnegative();
const nodeList = z.array(id).min(1, "must name at least one map node");

/** How a variation changes one step: any of the stage's fields, replaced. */
export const StepChange = z.strictObject({
  step: id,
  path: nodeList.optional(),
  focus: z.array(id).optional(),
  ms: ms.optional(),
  span: id.optional(),
  packet: text.max(32, "is a label on a small capsule: 32 characters at most").optional(),
  caption: text.optional(),
});
export type StepChange = z.infer<typeof StepChange>;

/**
 * A variation of the system (`variations.yaml`): a toggle that adds or removes map parts and
 * changes the steps they affect, so the packet takes another route and the clock another time.
 */
export const Variation = z.strictObject({
  id,
  label: text.max(48, "is a toggle's label: 48 characters at most"),
  /** What the change is, in a sentence. */
  summary: text,
  /** What it buys. */
  buys: text,
  /** What it costs. */
  costs: text,
  add: z
    .strictObject({ nodes: z.array(MapNode).default([]), edges: z.array(MapEdge).default([]) })
    .default({ nodes: [], edges: [] }),
  remove: z.strictObject({ nodes: z.array(id).default([]) }).default({ nodes: [] }),
  steps: z.array(StepChange).min(1, "must change at least one step: a variation the packet never notices teaches nothing"),
  /** Variations that cannot be on together with this one (turning it on turns them off). */
  excludes: z.array(id).default([]),
});
export type Variation = z.infer<typeof Variation>;

/** A lens (`lenses.yaml`): one concern, and the nodes where the journey meets it. */
export const Lens = z.strictObject({
  id,
  label: text.max(24, "is a button's label: 24 characters at most"),
  summary: text,
  nodes: z.array(z.strictObject({ node: id, why: text })).min(1, "must name at least one node"),
  /** Show the trace waterfall beside the map while this lens is on. */
  waterfall: z.boolean().default(false),
});
export type Lens = z.infer<typeof Lens>;

export const ConceptFrontmatter = z.strictObject({
  title: text,
  summary: text,
  why: text,
  /** When to reach for it. */
  use: text,
  /** When not to (or what it costs). */
  avoid: text,
  layer: Layer,
  /**
   * Where it lives on the map of a journey that places it without saying where (`<Concept
   * nodes="…">` says so for one journey). Optional: a card may leave it to each journey.
   */
  nodes: z.array(id).min(1, "must name where it lives on the map (or leave nodes out, and say it with each <Concept nodes=\"…\">)").optional(),
  related: z.array(id).default([]),
});
export type ConceptFrontmatter = z.infer<typeof ConceptFrontmatter>;

/** What a node of an architecture is for: the panel that opens when it is selected. */
export const ArchitectureNode = LaneNode.extend({
  /** What it is responsible for. */
  owns: z.array(text).min(1, "must say at least one thing the node owns"),
  /** Why it is there. */
  why: text,
  /** What breaks without it. */
  without: text,
  /** Tools people use for it. */
  tools: z.array(text).min(1, "must name at least one tool"),
  /** Concept cards about it. */
  concepts: z.array(id).default([]),
});
export type ArchitectureNode = z.infer<typeof ArchitectureNode>;

// The comparison's values live in a zod-free module: the comparison table in the browser needs them, and zod must not follow.
import { COMPARE_LEVELS, COMPARE_SCALES, COMPARE_TEAMS } from "../architecture/compare-values";
export { COMPARE_LEVELS, COMPARE_SCALES, COMPARE_TEAMS };

/** One step of an architecture's typical request: a short journey with no narration of its own. */
export const RequestStep = z.strictObject({
  id,
  path: z.array(id).min(1, "must name at least one map node"),
  focus: z.array(id).default([]),
  caption: text,
  packet: text.max(32, "is a label on a small capsule: 32 characters at most").optional(),
  ms: z.number().int("must be a whole number of milliseconds").nonnegative().default(0),
});

/**
 * A section of an architecture's page below the map: what no single node says (limits, a cost
 * model, a table of settings, tips). Plain text: a heading, an optional lead-in, points, a table.
 */
export const ArchitectureSection = z.strictObject({
  title: text.max(60, "is a heading: 60 characters at most"),
  intro: text.optional(),
  points: z.array(text).default([]),
  table: z.strictObject({ columns: z.array(text).min(2, "needs at least two columns"), rows: z.array(z.array(text)).min(1, "needs at least one row") }).optional(),
});
export type ArchitectureSection = z.infer<typeof ArchitectureSection>;

/**
 * `journeys/architecture-guide.yaml`: a path through every architecture once, from the simplest
 * to the most complex, each with what it adds over the stop before; and tips for adapting any of them.
 */
export const ArchitectureGuide = z.strictObject({
  path: z.array(z.strictObject({ id, adds: text.max(200, "is one line: 200 characters at most") })).min(1, "needs at least one architecture"),
  tips: z.array(z.strictObject({ title: text.max(60, "is a heading: 60 characters at most"), text })).default([]),
});
export type ArchitectureGuide = z.infer<typeof ArchitectureGuide>;

/** An architecture (`journeys/architectures/<id>.yaml`): its map in lanes, what each node is for, a request to play, variations and the code that implements it. */
export const Architecture = z.strictObject({
  title: text.max(48, "is a card's heading: 48 characters at most"),
  /** One line: what it is for. */
  purpose: text.max(140, "is one line: 140 characters at most"),
  summary: text,
  /** Other names it goes by (pages merged into this one keep their names here). */
  aka: z.array(text).default([]),
  /** The "which one when" comparison. */
  compare: z.strictObject({
    scale: z.enum(COMPARE_SCALES),
    complexity: z.enum(COMPARE_LEVELS),
    team: z.enum(COMPARE_TEAMS),
    use: text.max(120, "is one line: 120 characters at most"),
  }),
  lanes: z.array(Lane).min(1, "needs at least one lane"),
  nodes: z.array(ArchitectureNode).min(2, "needs at least two nodes"),
  edges: z.array(MapEdge).default([]),
  request: z.strictObject({
    title: text,
    /** The packet's label when a step does not set one. */
    packet: text.max(32, "is a label on a small capsule: 32 characters at most"),
    steps: z.array(RequestStep).min(2, "needs at least two steps to play"),
  }),
  variations: z
    .array(
      Variation.extend({
        add: z
          .strictObject({ nodes: z.array(ArchitectureNode).default([]), edges: z.array(MapEdge).default([]) })
          .default({ nodes: [], edges: [] }),
      }),
    )
    .default([]),
  /** Deeper notes shown below the map, in order. */
  sections: z.array(ArchitectureSection).default([]),
  /** From diagram to code: the folders and files that implement each node. */
  code: z.strictObject({
    root: text,
    files: z
      .array(z.strictObject({ path: text.regex(/^(?!\.{1,2}(\/|$))[\w.@()[\]-]+(\/(?!\.{1,2}(\/|$))[\w.@()[\]-]+)*\/?$/, "must be a relative path inside the project, like src/api/orders.ts (a folder ends with /)"), nodes: z.array(id).min(1, "must name the node it implements"), note: text.optional() }))
      .min(3, "needs at least three folders or files"),
  }),
});
export type Architecture = z.infer<typeof Architecture>;
export type ArchitectureVariation = Architecture["variations"][number];
