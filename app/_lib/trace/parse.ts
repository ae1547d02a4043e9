/**
 * Reads a trace file into spans. Two formats: OTLP/JSON (`resourceSpans → scopeSpans → spans`,
 * as the SDK's `JsonTraceSerializer` and the Collector's file exporter write it, one request per
 * line or the whole file), and Jaeger's JSON export (`data[].spans`, `processes`, `references`,
 * times in microseconds). Pure: text in, spans out, or a `TraceError` saying what and where.
 */
import { jsonErrorOffset } from "./json-error";
import { SPAN_KINDS, TraceError, type AttrValue, type Span, type SpanEvent, type SpanKind } from "./span";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };
/** A span before its times are made relative: nanoseconds since the epoch. */
type Raw = Omit<Span, "start" | "end" | "events"> & { start: bigint; end: bigint; events: (Omit<SpanEvent, "at"> & { at: bigint })[] };

/** Parses `text` (named `file` in errors) as OTLP/JSON or Jaeger JSON. */
export function parseTrace(text: string, file: string): Span[] {
  const docs = parseJson(text, file);
  const raw: Raw[] = [];
  docs.forEach((doc, i) => {
    const at = docs.length > 1 ? `line ${i + 1}: ` : "";
    if (isObj(doc) && Array.isArray(doc.resourceSpans)) raw.push(...readOtlp(doc.resourceSpans, `${at}resourceSpans`));
    else if (isObj(doc) && Array.isArray(doc.data)) raw.push(...readJaeger(doc.data, `${at}data`));
    else throw new TraceError(`${file}: ${at}neither OTLP/JSON (a 'resourceSpans' list) nor Jaeger JSON (a 'data' list)`);
  });
  if (raw.length === 0) throw new TraceError(`${file}: no spans in the file`);
  const origin = raw.reduce((min, s) => (s.start < min ? s.start : min), raw[0]!.start);
  const ms = (t: bigint) => Number(t - origin) / 1e6;
  return raw.map((s) => ({ ...s, start: ms(s.start), end: ms(s.end), events: s.events.map((e) => ({ ...e, at: ms(e.at) })) }));
}

/** The whole text as one JSON value, or one value a line (the Collector's file exporter). */
function parseJson(text: string, file: string): Json[] {
  try {
    return [JSON.parse(text) as Json];
  } catch (whole) {
    const lines = text.split("\n");
    const filled = lines.map((l, i) => [l, i] as const).filter(([l]) => l.trim() !== "");
    if (filled.length > 1 && startsAsObject(filled[0]![0])) {
      return filled.map(([l, i]) => {
        try {
          return JSON.parse(l) as Json;
        } catch (error) {
          throw new TraceError(`${file}:${i + 1}: not JSON: ${plain(error, l, i + 1)}`);
        }
      });
    }
    throw new TraceError(`${file}: not JSON: ${plain(whole, text, 1)}`);
  }
}

function startsAsObject(line: string): boolean {
  try {
    return isObj(JSON.parse(line) as Json);
  } catch {
    return false;
  }
}

/** Why `text` is not JSON, at which line and column (counting lines from `firstLine`). */
function plain(error: unknown, text: string, firstLine: number): string {
  const message = (error as Error).message
    .replace(/\s*\(line \d+ column \d+\)/, "")
    .replace(/ in JSON at position \d+/, "")
    .replace(/, [\s\S]* is not valid JSON$/, "");
  const at = jsonErrorOffset(text);
  if (at < 0) return message;
  const before = text.slice(0, at);
  const line = firstLine + before.split("\n").length - 1;
  const column = before.length - before.lastIndexOf("\n");
  return `${message} at line ${line}, column ${column}`;
}

function isObj(v: Json | undefined): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function list(v: Json | undefined): Json[] {
  return Array.isArray(v) ? v : [];
}

// ---------------------------------------------------------------------------------------------
// OTLP/JSON

const OTLP_KINDS: Record<string, SpanKind> = { SPAN_KIND_INTERNAL: "internal", SPAN_KIND_SERVER: "server", SPAN_KIND_CLIENT: "client", SPAN_KIND_PRODUCER: "producer", SPAN_KIND_CONSUMER: "consumer" };

function readOtlp(resourceSpans: Json[], where: string): Raw[] {
  return resourceSpans.flatMap((rs, i) => {
    if (!isObj(rs)) return [];
    const resource = keyValues(isObj(rs.resource) ? rs.resource.attributes : undefined);
    const service = typeof resource["service.name"] === "string" ? resource["service.name"] : "unknown-service";
    const scopes = list(rs.scopeSpans ?? rs.instrumentationLibrarySpans);
    return scopes.flatMap((ss, j) => (isObj(ss) ? list(ss.spans) : []).map((s, k) => readOtlpSpan(s, service, `${where}[${i}].scopeSpans[${j}].spans[${k}]`)));
  });
}

function readOtlpSpan(s: Json, service: string, where: string): Raw {
  if (!isObj(s)) throw new TraceError(`${where}: a span must be an object`);
  const traceId = otlpId(s.traceId, `${where}.traceId`, 32);
  const spanId = otlpId(s.spanId, `${where}.spanId`, 16);
  const parent = s.parentSpanId === undefined || s.parentSpanId === "" ? undefined : otlpId(s.parentSpanId, `${where}.parentSpanId`, 16);
  const kind = typeof s.kind === "number" ? (SPAN_KINDS[s.kind - 1] ?? "internal") : (OTLP_KINDS[String(s.kind)] ?? "internal");
  const status = isObj(s.status) ? s.status : {};
  const error = status.code === 2 || status.code === "STATUS_CODE_ERROR";
  return {
    traceId,
    spanId,
    parentId: parent && /^0+$/.test(parent) ? undefined : parent,
    name: typeof s.name === "string" && s.name !== "" ? s.name : "(unnamed)",
    kind,
    service,
    start: nanos(s.startTimeUnixNano, `${where}.startTimeUnixNano`),
    end: nanos(s.endTimeUnixNano, `${where}.endTimeUnixNano`),
    attributes: keyValues(s.attributes),
    events: list(s.events).flatMap((e, i) =>
      isObj(e) ? [{ name: String(e.name ?? "event"), at: nanos(e.timeUnixNano, `${where}.events[${i}].timeUnixNano`), attributes: keyValues(e.attributes) }] : [],
    ),
    status: { error, ...(typeof status.message === "string" && status.message !== "" ? { message: status.message } : {}) },
    where,
  };
}

/** An id as lowercase hex: written as hex, or base64 (protobuf's JSON mapping). */
function otlpId(v: Json | undefined, where: string, hexLength: number): string {
  if (typeof v !== "string" || v === "") throw new TraceError(`${where}: missing (a span needs a traceId and a spanId)`);
  if (/^[0-9a-fA-F]+$/.test(v) && v.length === hexLength) return v.toLowerCase();
  const bytes = Buffer.from(v, "base64");
  if (bytes.length * 2 === hexLength) return bytes.toString("hex");
  throw new TraceError(`${where}: '${v}' is neither ${hexLength} hex digits nor base64 of ${hexLength / 2} bytes`);
}

function nanos(v: Json | undefined, where: string): bigint {
  if (typeof v === "string" && /^\d+$/.test(v)) return BigInt(v);
  if (typeof v === "number" && Number.isFinite(v) && v >= 0) return BigInt(Math.round(v));
  throw new TraceError(`${where}: must be unix time in nanoseconds, as digits (got ${JSON.stringify(v ?? null)})`);
}

function keyValues(v: Json | undefined): Record<string, AttrValue> {
  const out: Record<string, AttrValue> = {};
  for (const kv of list(v)) {
    if (isObj(kv) && typeof kv.key === "string") {
      const value = anyValue(kv.value);
      if (value !== undefined) out[kv.key] = value;
    }
  }
  return out;
}

function anyValue(v: Json | undefined): AttrValue | undefined {
  if (!isObj(v)) return undefined;
  if (typeof v.stringValue === "string") return v.stringValue;
  if (typeof v.boolValue === "boolean") return v.boolValue;
  if (v.intValue !== undefined) return Number(v.intValue);
  if (v.doubleValue !== undefined) return Number(v.doubleValue);
  if (isObj(v.arrayValue)) return list(v.arrayValue.values).flatMap((x) => anyValue(x) ?? []);
  if (isObj(v.kvlistValue)) return JSON.stringify(keyValues(v.kvlistValue.values));
  if (typeof v.bytesValue === "string") return v.bytesValue;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Jaeger JSON

function readJaeger(data: Json[], where: string): Raw[] {
  return data.flatMap((t, i) => {
    if (!isObj(t)) return [];
    const processes = isObj(t.processes) ? t.processes : {};
    return list(t.spans).map((s, k) => readJaegerSpan(s, processes, `${where}[${i}].spans[${k}]`));
  });
}

function readJaegerSpan(s: Json, processes: Obj, where: string): Raw {
  if (!isObj(s)) throw new TraceError(`${where}: a span must be an object`);
  if (typeof s.traceID !== "string" || typeof s.spanID !== "string") throw new TraceError(`${where}: missing traceID or spanID`);
  const tags = jaegerTags(s.tags);
  const process = isObj(processes[String(s.processID)]) ? (processes[String(s.processID)] as Obj) : {};
  const parent = list(s.references).find((r) => isObj(r) && r.refType === "CHILD_OF");
  const start = micros(s.startTime, `${where}.startTime`);
  const kind = String(tags["span.kind"] ?? "internal");
  const { "span.kind": _kind, error, "otel.status_code": code, "otel.status_description": description, ...attributes } = tags;
  return {
    traceId: s.traceID.toLowerCase().padStart(32, "0"),
    spanId: s.spanID.toLowerCase().padStart(16, "0"),
    parentId: isObj(parent) && typeof parent.spanID === "string" ? parent.spanID.toLowerCase().padStart(16, "0") : undefined,
    name: typeof s.operationName === "string" && s.operationName !== "" ? s.operationName : "(unnamed)",
    kind: (SPAN_KINDS as readonly string[]).includes(kind) ? (kind as SpanKind) : "internal",
    service: typeof process.serviceName === "string" ? process.serviceName : "unknown-service",
    start,
    end: start + micros(s.duration, `${where}.duration`),
    attributes,
    events: list(s.logs).flatMap((l, i) => {
      if (!isObj(l)) return [];
      const fields = jaegerTags(l.fields);
      const { event, ...rest } = fields;
      return [{ name: typeof event === "string" ? event : "log", at: micros(l.timestamp, `${where}.logs[${i}].timestamp`), attributes: rest }];
    }),
    status: { error: error === true || error === "true" || code === "ERROR", ...(typeof description === "string" ? { message: description } : {}) },
    where,
  };
}

function micros(v: Json | undefined, where: string): bigint {
  if (typeof v === "number" && Number.isFinite(v) && v >= 0) return BigInt(Math.round(v)) * 1000n;
  if (typeof v === "string" && /^\d+$/.test(v)) return BigInt(v) * 1000n;
  throw new TraceError(`${where}: must be microseconds, as a number (got ${JSON.stringify(v ?? null)})`);
}

function jaegerTags(v: Json | undefined): Record<string, AttrValue> {
  const out: Record<string, AttrValue> = {};
  for (const t of list(v)) {
    if (isObj(t) && typeof t.key === "string" && (typeof t.value === "string" || typeof t.value === "number" || typeof t.value === "boolean")) out[t.key] = t.value;
  }
  return out;
}
