import { readFileSync } from "node:fs";
import { LineCounter, parseDocument } from "yaml";
const lc = new LineCounter();
const d = parseDocument(readFileSync(process.argv[2]!, "utf8"), { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
for (const e of d.errors) console.log(e.code, e.pos, lc.linePos(e.pos[0]), lc.linePos(e.pos[1]), JSON.stringify(e.message));
