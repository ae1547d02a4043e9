/**
 * The schema's building blocks, shared by every part of it (`schema.ts` and the modules it
 * gathers): ids, non-empty text, map coordinates, layers, and zod's messages made plain. Every
 * part imports this first, so the messages are set before anything is parsed.
 */
import { z } from "zod";
import { ID_PATTERN, ID_RULE } from "./ids";
import { LAYERS } from "./layers";

export const Layer = z.enum(LAYERS);
export type Layer = z.infer<typeof Layer>;

export const id = z.string().regex(ID_PATTERN, ID_RULE);
export const text = z.string().trim().min(1, "must not be empty");
export const coord = z.number().finite().nonnegative();

// Messages read as "<path>: <message>", so make the common ones short and plain.
z.config({
  customError: (issue) => {
    if (issue.code === "invalid_type" && issue.input === undefined) return "is required";
    if (issue.code === "unrecognized_keys") return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")}`;
    if (issue.code === "invalid_value") return `must be one of ${issue.values.map((v) => String(v)).join(", ")}`;
    return undefined;
  },
});
