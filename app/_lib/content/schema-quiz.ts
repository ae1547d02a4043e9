/** Quizzes of the four kinds, with the checks that make each one answerable. */
import { z } from "zod";
import { id, text } from "./schema-base";

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
