/**
 * A journey's quizzes live in `quizzes.yaml`, in `quizzes/*.yaml`, or both (one file per chapter
 * keeps them near their story). Ids are unique across the files, and no two quizzes ask the same
 * question.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { namesIn, readYaml, YAML_FILE } from "./files";
import type { Reporter } from "./reporter";
import { Quiz } from "./schema";
import { check, checkItem } from "./yaml-source";

/** A valid quiz, and where it is written: `report` is its file's reporter. */
export type LoadedQuiz = { quiz: Quiz; report: Reporter; line: number };

export type QuizSource = {
  quizzes: Map<string, LoadedQuiz>;
  /** Ids of every quiz in the files, valid or not; undefined when a file cannot be read as a list. */
  known?: Set<string>;
};

/** Loads the quizzes of the journey in `dir`; `root` reports for the content root. */
export function loadQuizzes(dir: string, root: Reporter): QuizSource {
  const inFolder = namesIn(join(dir, "quizzes"), YAML_FILE).map((f) => join(dir, "quizzes", f));
  const paths = [join(dir, "quizzes.yaml"), ...inFolder].filter((f) => existsSync(f));
  const out = new Map<string, LoadedQuiz>();
  const prompts = new Map<string, string>();
  let known: Set<string> | undefined = new Set<string>();
  for (const path of paths) {
    const r = root.child(path);
    const src = readYaml(path, r);
    const list = src && check(z.array(z.unknown(), { error: "must be a list of quizzes" }), src, r);
    if (!src || !list) {
      known = undefined;
      continue;
    }
    for (const q of list) if (known && q && typeof q === "object" && "id" in q && typeof q.id === "string") known.add(q.id);
    list.forEach((_, i) => {
      const quiz = checkItem(Quiz, src, i, "quiz", r);
      if (!quiz) return;
      const line = src.lineOf([i]);
      const twin = out.get(quiz.id);
      if (twin) return r.at(line, `quiz id '${quiz.id}' is used twice (also at ${twin.report.where(twin.line)})`);
      const prompt = quiz.prompt.toLowerCase().replace(/\s+/g, " ");
      const same = prompts.get(prompt);
      if (same) r.at(line, `quiz '${quiz.id}' asks the same question as ${same}`);
      prompts.set(prompt, `'${quiz.id}' (${r.where(line)})`);
      out.set(quiz.id, { quiz, report: r, line });
    });
  }
  return { quizzes: out, known };
}
