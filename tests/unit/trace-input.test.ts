/** Issue 17: reading a trace file, and the bad inputs that stop a draft with what and where. */
import { describe, expect, it } from "vitest";
import { draftJourney } from "@/app/_lib/trace/draft";
import { parseTrace } from "@/app/_lib/trace/parse";
import { buildTree, selectTrace } from "@/app/_lib/trace/tree";
import { otlp, otlpText, spanId, TRACE_ID, type SpanSpec } from "../support/otlp";

const FILE = "trace.json";
const draft = (spans: SpanSpec[] | string, traceId?: string) => draftJourney({ text: typeof spans === "string" ? spans : otlpText(spans), file: FILE, slug: "t", traceId });
const pair: SpanSpec[] = [
  { id: "a", service: "shop", name: "POST /buy", kind: "server", start: 0, end: 10 },
  { id: "b", parent: "a", service: "shop", name: "work", start: 2, end: 6 },
];

describe("reading a trace", () => {
  it("reads OTLP/JSON: hex ids, unix nanoseconds as strings, attributes, events, status", () => {
    const [a, b] = parseTrace(otlpText([{ ...pair[0]!, attrs: { "http.request.method": "POST", n: 3, ok: true, h: ["x", "y"] } }, { ...pair[1]!, error: "boom", events: [{ name: "retry", at: 3, attrs: { attempt: 2 } }] }]), FILE);
    expect(a).toMatchObject({ traceId: TRACE_ID, spanId: spanId("a"), service: "shop", kind: "server", start: 0, end: 10, attributes: { "http.request.method": "POST", n: 3, ok: true, h: ["x", "y"] } });
    expect(a?.parentId).toBeUndefined();
    expect(b).toMatchObject({ parentId: spanId("a"), start: 2, end: 6, status: { error: true, message: "boom" }, events: [{ name: "retry", at: 3, attributes: { attempt: 2 } }] });
    expect(b?.where).toBe("resourceSpans[0].scopeSpans[0].spans[1]");
  });

  it("reads base64 ids, numeric times, string kinds, and one export request a line (the Collector's file exporter)", () => {
    const doc = otlp(pair) as { resourceSpans: { scopeSpans: { spans: Record<string, unknown>[] }[] }[] };
    for (const s of doc.resourceSpans[0]!.scopeSpans[0]!.spans) {
      s.spanId = Buffer.from(String(s.spanId), "hex").toString("base64");
      s.startTimeUnixNano = Number(s.startTimeUnixNano);
      s.kind = "SPAN_KIND_SERVER";
    }
    const spans = parseTrace(`${JSON.stringify(doc)}\n${otlpText([{ id: "c", parent: "a", service: "other", start: 7, end: 8 }])}\n`, FILE);
    expect(spans.map((s) => s.spanId)).toEqual([spanId("a"), spanId("b"), spanId("c")]);
    expect(spans.every((s) => s.kind === "server" || s.service === "other")).toBe(true);
  });

  it("reads Jaeger's JSON export: processes, CHILD_OF references, microseconds, tags and logs", () => {
    const jaeger = {
      data: [
        {
          traceID: "abc123",
          processes: { p1: { serviceName: "shop" }, p2: { serviceName: "stock" } },
          spans: [
            { traceID: "abc123", spanID: "1", operationName: "POST /buy", processID: "p1", startTime: 1_700_000_000_000_000, duration: 10_000, references: [], tags: [{ key: "span.kind", type: "string", value: "server" }], logs: [] },
            { traceID: "abc123", spanID: "2", operationName: "reserve", processID: "p2", startTime: 1_700_000_000_002_000, duration: 4_000, references: [{ refType: "CHILD_OF", traceID: "abc123", spanID: "1" }], tags: [{ key: "error", type: "bool", value: true }], logs: [{ timestamp: 1_700_000_000_003_000, fields: [{ key: "event", type: "string", value: "retry" }] }] },
          ],
        },
      ],
    };
    const [a, b] = parseTrace(JSON.stringify(jaeger), FILE);
    expect(a).toMatchObject({ service: "shop", kind: "server", start: 0, end: 10 });
    expect(b).toMatchObject({ service: "stock", parentId: a?.spanId, start: 2, end: 6, status: { error: true }, events: [{ name: "retry", at: 3 }] });
    expect(draft(JSON.stringify(jaeger)).steps).toBe(2);
    expect(draft(JSON.stringify(jaeger), "ABC123").traceId).toBe("abc123".padStart(32, "0"));
  });
});

describe("bad input says what and where", () => {
  it("not JSON: the line and column", () => {
    expect(() => draft('{\n  "resourceSpans": [\n    }\n')).toThrow(/^trace\.json: not JSON: Unexpected token '}' at line 3, column 5$/);
    expect(() => draft('{"resourceSpans": [],\n "x": tru }')).toThrow(/^trace\.json: not JSON: .* at line 2, column 7$/);
    expect(() => draft('{"resourceSpans": [')).toThrow(/^trace\.json: not JSON: Unexpected end of JSON input at line 1, column 20$/);
  });

  it("neither format, or no spans", () => {
    expect(() => draft('{"spans": []}')).toThrow("trace.json: neither OTLP/JSON (a 'resourceSpans' list) nor Jaeger JSON (a 'data' list)");
    expect(() => draft('{"resourceSpans": [{"scopeSpans": [{"spans": []}]}]}')).toThrow("trace.json: no spans in the file");
  });

  it("several traces and no --trace-id: lists them; an unknown id is named", () => {
    const other = "0af7651916cd43dd8448eb211c80319c";
    const two: SpanSpec[] = [...pair, { id: "z", service: "search", name: "GET /find", kind: "server", start: 1, end: 2, trace: other }];
    expect(() => draft(two)).toThrow(`trace.json: holds 2 traces; choose one with --trace-id:\n  ${TRACE_ID}  2 spans, starting with shop: POST /buy\n  ${other}  1 span, starting with search: GET /find`);
    expect(draft(two, other).spans).toBe(1);
    expect(() => draft(two, "ffff")).toThrow(/^trace\.json: no trace ffff; the file holds/);
  });

  it("a parent that never appears: a draft all the same, with a warning naming the span", () => {
    const d = draft([...pair, { id: "c", parent: "gone", service: "shop", name: "late", start: 12, end: 14 }]);
    expect(d.warnings[0]).toEqual(`resourceSpans[0].scopeSpans[0].spans[2]: parent span ${spanId("gone")} of 'late' (span ${spanId("c")} at resourceSpans[0].scopeSpans[0].spans[2]) is not in the trace; drafted as a root of its own (a partial trace?)`);
    expect(d.steps).toBe(3);
    expect(d.clock).toBe(12);
  });

  it("a cycle names its spans", () => {
    const spans = parseTrace(otlpText([...pair, { id: "x", parent: "y", start: 1, end: 2 }, { id: "y", parent: "x", start: 1, end: 2 }]), FILE);
    expect(() => buildTree(selectTrace(spans, undefined, FILE), FILE)).toThrow(/^trace\.json: spans form a cycle: 'x' \(span .*\) → 'y' \(span .*\) → back to the first$/);
  });

  it("a child starting before its parent, and a span id used twice", () => {
    expect(() => draft([pair[0]!, { id: "b", parent: "a", service: "shop", name: "early", start: -5, end: 3 }])).toThrow(/^trace\.json: 'early' \(span .*\) starts 5\.0 ms before its parent 'POST \/buy'/);
    expect(() => draft([...pair, { id: "b", service: "shop", start: 1, end: 2 }])).toThrow(/span id .* is used twice/);
  });

  it("a time that is not unix nanoseconds, at its place", () => {
    const doc = otlp(pair) as { resourceSpans: { scopeSpans: { spans: Record<string, unknown>[] }[] }[] };
    doc.resourceSpans[0]!.scopeSpans[0]!.spans[1]!.endTimeUnixNano = "soon";
    expect(() => draft(JSON.stringify(doc))).toThrow('resourceSpans[0].scopeSpans[0].spans[1].endTimeUnixNano: must be unix time in nanoseconds, as digits (got "soon")');
  });
});
