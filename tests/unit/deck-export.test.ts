import { ANKI_HEADER, cardBack, csvField, deckCsv, deckMarkdown, type DeckCard } from "@/app/_lib/learner/deck-export";

const dns: DeckCard = {
  id: "dns",
  title: "DNS resolver",
  summary: "Turns a name into an address.",
  why: "Nothing is fetched before the browser knows where to go.",
  use: "Every time a name is looked up.",
  avoid: "Long TTLs slow down a move to new servers.",
  layer: "network",
};

const tricky: DeckCard = {
  id: "tricky",
  title: '#1 "Edge", cached\ncopies',
  summary: 'Keeps copies close, "near" users,\r\nworldwide.',
  why: "Fewer round trips; less load on the origin.",
  use: "Static files, e.g. images, scripts",
  avoid: 'Personal pages: "Cache-Control: private".',
  layer: "edge",
};

/** A small RFC 4180 reader, to check the CSV parses back to what went in. Skips Anki's '#' lines. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  let atRecordStart = true;
  while (i < text.length) {
    const c = text[i]!;
    if (atRecordStart && c === "#") {
      i = text.indexOf("\n", i) + 1 || text.length;
      continue;
    }
    atRecordStart = false;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === "") {
      quoted = true;
      i++;
    } else if (c === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
      atRecordStart = true;
    } else {
      expect(c).not.toMatch(/["\r\n]/); // a bare quote or line break outside quotes breaks RFC 4180
      field += c;
      i++;
    }
  }
  expect(field).toBe("");
  expect(row).toEqual([]);
  return rows;
}

describe("csvField", () => {
  it("leaves plain text alone", () => {
    expect(csvField("DNS resolver")).toBe("DNS resolver");
    expect(csvField("")).toBe("");
    expect(csvField("it's fine; really")).toBe("it's fine; really");
  });

  it("quotes fields with commas, quotes or line breaks, doubling the quotes", () => {
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("carriage\rreturn")).toBe('"carriage\rreturn"');
    expect(csvField('"')).toBe('""""');
  });

  it("quotes a field starting with '#', which Anki would skip as a comment", () => {
    expect(csvField("#1 cache")).toBe('"#1 cache"');
    expect(csvField("issue #1")).toBe("issue #1");
  });
});

describe("deckCsv", () => {
  it("starts with the header lines Anki reads", () => {
    const csv = deckCsv([dns]);
    expect(csv.split("\r\n").slice(0, 3)).toEqual(["#separator:comma", "#html:false", "#tags column:3"]);
    expect([...ANKI_HEADER]).toEqual(["#separator:comma", "#html:false", "#tags column:3"]);
  });

  it("writes one record per card: front, back, tags; records end in CRLF", () => {
    const csv = deckCsv([dns, tricky]);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = readCsv(csv);
    expect(rows).toEqual([
      ["DNS resolver", cardBack(dns), "clickpath layer-network"],
      ['#1 "Edge", cached copies', cardBack(tricky), "clickpath layer-edge"],
    ]);
  });

  it("puts the summary, why, use and avoid on the back, in that order", () => {
    expect(cardBack(dns)).toBe(
      "Turns a name into an address.\n\n" +
        "Why it matters: Nothing is fetched before the browser knows where to go.\n\n" +
        "Use it when: Every time a name is looked up.\n\n" +
        "Think twice when: Long TTLs slow down a move to new servers.",
    );
  });

  it("quotes the tricky fields exactly as RFC 4180 says", () => {
    const line = deckCsv([tricky]).split("\r\n")[3];
    expect(line).toBe(
      '"#1 ""Edge"", cached copies",' +
        '"Keeps copies close, ""near"" users,\nworldwide.\n\n' +
        "Why it matters: Fewer round trips; less load on the origin.\n\n" +
        "Use it when: Static files, e.g. images, scripts\n\n" +
        'Think twice when: Personal pages: ""Cache-Control: private""."' +
        ",clickpath layer-edge",
    );
  });

  it("writes only the header when nothing is bookmarked", () => {
    expect(deckCsv([])).toBe("#separator:comma\r\n#html:false\r\n#tags column:3\r\n");
    expect(readCsv(deckCsv([]))).toEqual([]);
  });
});

describe("deckMarkdown", () => {
  it("gives each card a heading, its layer and its four parts", () => {
    expect(deckMarkdown([dns])).toBe(
      "# Clickpath: bookmarked concept cards\n\n" +
        "## DNS resolver\n\n" +
        "_network layer_\n\n" +
        "Turns a name into an address.\n\n" +
        "**Why it matters.** Nothing is fetched before the browser knows where to go.\n\n" +
        "**Use it when.** Every time a name is looked up.\n\n" +
        "**Think twice when.** Long TTLs slow down a move to new servers.\n",
    );
  });

  it("keeps cards in the order given, with headings on one line", () => {
    const md = deckMarkdown([tricky, dns]);
    const headings = md.split("\n").filter((l) => l.startsWith("## "));
    expect(headings).toEqual(['## #1 "Edge", cached copies', "## DNS resolver"]);
    expect(md).not.toContain("\r");
  });

  it("says so when nothing is bookmarked", () => {
    expect(deckMarkdown([])).toBe("# Clickpath: bookmarked concept cards\n\nNo cards bookmarked yet.\n");
  });
});
