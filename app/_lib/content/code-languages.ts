/** The languages a fenced code block may name (the build highlights them; `text` is shown as written). */
export const CODE_LANGUAGES = ["graphql", "html", "http", "json", "sql", "text", "ts", "yaml"] as const;

/** Why a fence's language cannot be used, or undefined when it can (a fence with none is plain text). */
export function codeLanguageProblem(lang: string | null | undefined): string | undefined {
  if (!lang || (CODE_LANGUAGES as readonly string[]).includes(lang)) return undefined;
  return `code block language '${lang}' is not one we highlight: use one of ${CODE_LANGUAGES.join(", ")} (text shows a block as written)`;
}
