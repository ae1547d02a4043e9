/**
 * Loads and checks every journey and concept card under a content root (normally `journeys/`).
 * It never stops at the first problem: it collects all of them, each with its file and line,
 * and returns whatever it could read. Callers decide whether problems are fatal.
 *
 * Each kind has its own module: concept cards (load-concepts), architectures, journeys
 * (load-journey, which reads its map, quizzes, chapters and forks), the guide to the
 * architectures (architecture-guide), then the links between them.
 */
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { ARCHITECTURE_GUIDE_FILE, loadArchitectureGuide } from "./architecture-guide";
import { ARCHITECTURES_DIR, loadArchitectures } from "./architectures";
import { foldersIn, idOf, isFile, namesIn, YAML_FILE } from "./files";
import { checkLinks, siteOf } from "./links";
import { checkConcepts, loadConcepts } from "./load-concepts";
import { loadJourney } from "./load-journey";
import type { Problem } from "./problems";
import { reporter } from "./reporter";
import type { ArchitectureData, Content, JourneyData } from "./types";

export type { Content } from "./types";

export type LoadOptions = {
  /** Folder holding `concepts/` and one folder per journey. */
  root: string;
  /** How a file is named in problems; defaults to its path relative to the working directory. */
  display?: (absolutePath: string) => string;
};

const CONCEPTS_DIR = "concepts";
/** Folders under the content root that are not journeys. */
const NOT_JOURNEYS = new Set([CONCEPTS_DIR, ARCHITECTURES_DIR]);

export function loadContent({ root, display = (p) => relative(process.cwd(), p) }: LoadOptions): Content {
  const problems: Problem[] = [];
  const r = reporter(problems, display, root);
  const concepts = loadConcepts(join(root, CONCEPTS_DIR), r);
  const checked = loadArchitectures(join(root, ARCHITECTURES_DIR), r, concepts.ids);
  const architectureIds = new Set(namesIn(join(root, ARCHITECTURES_DIR), YAML_FILE).map((f) => idOf(f, YAML_FILE)));
  const journeys: JourneyData[] = [];

  for (const slug of foldersIn(root).filter((d) => !NOT_JOURNEYS.has(d))) {
    const dir = join(root, slug);
    if (!existsSync(join(dir, "journey.yaml"))) {
      r.child(dir).at(1, "a journey folder needs a journey.yaml");
      continue;
    }
    const journey = loadJourney(dir, r, { concepts, architectureIds });
    if (journey) journeys.push(journey);
  }
  const architectures = checked.map((a) => ({ ...a, flows: flowsOf(a.id, journeys) }));
  const guideFile = join(root, ARCHITECTURE_GUIDE_FILE);
  const architectureGuide = loadArchitectureGuide(guideFile, r.child(guideFile), architectureIds, architectures);

  checkConcepts(concepts);
  // Links are checked last, across everything that loaded; the problems are handed over once complete.
  const loaded = { journeys, concepts: concepts.concepts, architectures, architectureGuide };
  const publicDir = join(root, "..", "public");
  checkLinks(loaded, siteOf(loaded, (path) => !path.includes("..") && isFile(join(publicDir, path))), r);
  return { ...loaded, problems };
}

/** The flows (short journeys) that play on an architecture, for its page to list. */
function flowsOf(architecture: string, journeys: readonly JourneyData[]): ArchitectureData["flows"] {
  return journeys.filter((j) => j.architecture === architecture).map((j) => ({ slug: j.slug, title: j.title, pitch: j.pitch }));
}
