/**
 * OTLP/JSON traces written compactly for tests and the bench: spans with ids, a parent, a
 * service, a kind and times in ms from a fixed origin, serialised as the SDK's JSON serializer
 * does (hex ids, unix nanoseconds as strings, attributes as key/value lists).
 */
export type SpanSpec = {
  id: string;
  parent?: string;
  service?: string;
  name?: string;
  kind?: "internal" | "server" | "client" | "producer" | "consumer";
  start: number;
  end: number;
  attrs?: Record<string, string | number | boolean | string[]>;
  events?: { name: string; at: number; attrs?: Record<string, string | number> }[];
  error?: string;
  trace?: string;
};

const ORIGIN = 1_796_400_000_000_000_000n;
const KINDS = ["internal", "server", "client", "producer", "consumer"];
export const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

/** A span id from a short name: 16 hex digits. */
export function spanId(id: string): string {
  return Buffer.from(id).toString("hex").padStart(16, "0").slice(-16);
}

const nanos = (ms: number) => String(ORIGIN + BigInt(Math.round(ms * 1e6)));

function value(v: string | number | boolean | string[]): Record<string, unknown> {
  if (Array.isArray(v)) return { arrayValue: { values: v.map((x) => ({ stringValue: x })) } };
  if (typeof v === "string") return { stringValue: v };
  if (typeof v === "boolean") return { boolValue: v };
  return Number.isInteger(v) ? { intValue: v } : { doubleValue: v };
}

const kv = (attrs: Record<string, string | number | boolean | string[]> = {}) => Object.entries(attrs).map(([key, v]) => ({ key, value: value(v) }));

/** The spans as an OTLP/JSON export request, one resource per service. */
export function otlp(spans: readonly SpanSpec[]): { resourceSpans: unknown[] } {
  const services = [...new Set(spans.map((s) => s.service ?? "app"))];
  return {
    resourceSpans: services.map((service) => ({
      resource: { attributes: kv({ "service.name": service }) },
      scopeSpans: [
        {
          scope: { name: "test" },
          spans: spans
            .filter((s) => (s.service ?? "app") === service)
            .map((s) => ({
              traceId: s.trace ?? TRACE_ID,
              spanId: spanId(s.id),
              ...(s.parent ? { parentSpanId: spanId(s.parent) } : {}),
              name: s.name ?? s.id,
              kind: KINDS.indexOf(s.kind ?? "internal") + 1,
              startTimeUnixNano: nanos(s.start),
              endTimeUnixNano: nanos(s.end),
              attributes: kv(s.attrs),
              events: (s.events ?? []).map((e) => ({ name: e.name, timeUnixNano: nanos(e.at), attributes: kv(e.attrs) })),
              status: s.error === undefined ? { code: 0 } : { code: 2, message: s.error },
            })),
        },
      ],
    })),
  };
}

export const otlpText = (spans: readonly SpanSpec[]) => JSON.stringify(otlp(spans));

/**
 * A large trace for the bench: a gateway fans out to `services` services in turn; each handles
 * requests that query a database, publish to a queue, call an outside API and run internal work,
 * until there are `total` spans. Deterministic.
 */
export function bigTrace(total: number, services = 12): SpanSpec[] {
  const spans: SpanSpec[] = [{ id: "root", service: "gateway", name: "GET /feed", kind: "server", start: 0, end: total / 2, attrs: { "http.request.method": "GET", "url.path": "/feed" } }];
  let t = 0.1;
  let n = 0;
  while (spans.length < total) {
    const svc = `svc-${n % services}`;
    const call = `c${n}`;
    const server = `s${n}`;
    const start = t;
    spans.push({ id: call, parent: "root", service: "gateway", name: "GET", kind: "client", start, end: start + 0.45, attrs: { "http.request.method": "GET", "url.full": `http://${svc}/items/${n}` } });
    spans.push({ id: server, parent: call, service: svc, name: "GET /items/:id", kind: "server", start: start + 0.01, end: start + 0.44, attrs: { "http.request.method": "GET", "http.route": "/items/:id" } });
    const kids: SpanSpec[] = [
      { id: `q${n}`, parent: server, service: svc, name: "SELECT items", kind: "client", start: start + 0.02, end: start + 0.1, attrs: { "db.system": "postgresql", "db.name": `db${n % 4}`, "db.statement": "SELECT * FROM items WHERE id = $1" } },
      { id: `p${n}`, parent: server, service: svc, name: "publish item.read", kind: "producer", start: start + 0.11, end: start + 0.15, attrs: { "messaging.system": "kafka", "messaging.destination.name": "item-events" } },
      { id: `x${n}`, parent: server, service: svc, name: "GET", kind: "client", start: start + 0.16, end: start + 0.3, attrs: { "http.request.method": "GET", "url.full": `https://api.partner${n % 3}.example/v2/price?api_key=secret${n}` } },
      { id: `w${n}`, parent: server, service: svc, name: "render", kind: "internal", start: start + 0.31, end: start + 0.43 },
    ];
    spans.push(...kids.slice(0, total - spans.length));
    t += 0.5;
    n += 1;
  }
  return spans.slice(0, total);
}
