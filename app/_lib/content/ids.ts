/**
 * The content's id rule, written once: journey slugs, chapter, step, quiz, fork, concept and
 * architecture ids, and the map's node ids are lowercase words joined by '-'. No zod here, so
 * the browser (the learner's updaters) can check ids without loading the schema.
 */

/** Lowercase words of letters and digits, joined by single '-'. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** How a schema says an id breaks the rule ("<path>: must be lowercase words joined by '-'"). */
export const ID_RULE = "must be lowercase words joined by '-'";

/** True for a string that follows the id rule. */
export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}
