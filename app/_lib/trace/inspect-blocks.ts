/**
 * What a step's hop saw, as the inspector's code blocks, from its (already redacted) span: the
 * HTTP request and response, the query, the message, the RPC call, the span's events and its
 * error, and the rest of its attributes. Labels stay the same from hop to hop, so the stage can
 * mark what changed.
 */
import { attr, tenths, type AttrValue, type Span } from "./span";

export type Block = { language: "http" | "sql" | "yaml" | "text"; label: string; body: string };

/** Attributes a block above already shows, left out of "Attributes". */
const SHOWN = /^(http\.(request|response)\.(method|header\..*|status_code)|http\.(method|target|url|status_code|route)|url\.(full|path|query|scheme)|network\.protocol\.version|db\.(statement|query\.text)|messaging\..*|rpc\..*|exception\..*)$/;

export function inspectBlocks(span: Span, also: readonly Span[]): Block[] {
  const blocks: Block[] = [];
  const method = attr(span, "http.request.method", "http.method");
  if (method) {
    const version = attr(span, "network.protocol.version", "http.flavor") ?? "1.1";
    const target = span.kind === "server" ? serverTarget(span) : (attr(span, "url.full", "http.url") ?? "");
    const host = span.kind === "server" ? attr(span, "server.address", "http.host", "net.host.name") : undefined;
    const lines = [`${method} ${target} HTTP/${version}`, ...(host ? [`host: ${host}`] : []), ...headers(span, "request")];
    blocks.push({ language: "http", label: "Request", body: lines.join("\n") });
    const status = attr(span, "http.response.status_code", "http.status_code");
    if (status) blocks.push({ language: "http", label: "Response", body: [`HTTP/${version} ${status}`, ...headers(span, "response")].join("\n") });
  }
  const query = attr(span, "db.query.text", "db.statement");
  if (query) blocks.push({ language: "sql", label: "Query", body: query });
  const messaging = pick(span, /^messaging\./);
  if (messaging.length > 0) blocks.push({ language: "yaml", label: "Message", body: yaml(messaging) });
  const rpc = pick(span, /^rpc\./);
  if (rpc.length > 0) blocks.push({ language: "yaml", label: "Call", body: yaml(rpc) });
  const events = span.events.filter((e) => e.name !== "exception");
  if (events.length > 0) {
    blocks.push({ language: "text", label: "Events", body: events.map((e) => `+${(e.at - span.start).toFixed(1)} ms  ${e.name}${Object.entries(e.attributes).map(([k, v]) => `  ${k}=${show(v)}`).join("")}`).join("\n") });
  }
  const error = errorText(span);
  if (error) blocks.push({ language: "text", label: "Error", body: error });
  const rest = Object.entries(span.attributes).filter(([k]) => !SHOWN.test(k));
  blocks.push({ language: "yaml", label: "Span", body: yaml([["span", span.name], ["kind", span.kind], ["service", span.service], ["duration_ms", tenths(span.end - span.start)], ...rest]) });
  if (also.length > 0) {
    blocks.push({ language: "text", label: "Also in this step", body: also.map((s) => `${s.service}  ${s.name}  (${s.kind}, ${tenths(s.end - s.start)} ms${s.status.error ? ", error" : ""})`).join("\n") });
  }
  return blocks;
}

function serverTarget(span: Span): string {
  const path = attr(span, "url.path");
  if (path) {
    const query = attr(span, "url.query");
    return query ? `${path}?${query}` : path;
  }
  return attr(span, "http.target") ?? "/";
}

function headers(span: Span, which: "request" | "response"): string[] {
  const prefix = `http.${which}.header.`;
  return Object.entries(span.attributes)
    .filter(([k]) => k.startsWith(prefix))
    .map(([k, v]) => `${k.slice(prefix.length)}: ${Array.isArray(v) ? v.join(", ") : String(v)}`);
}

function errorText(span: Span): string | undefined {
  const exceptions = span.events.filter((e) => e.name === "exception");
  const lines = [
    ...(span.status.error ? [`status: error${span.status.message ? `: ${span.status.message}` : ""}`] : []),
    ...exceptions.map((e) => [e.attributes["exception.type"], e.attributes["exception.message"]].filter((x) => x !== undefined).map(show).join(": ")),
  ].filter((l) => l !== "");
  return lines.length > 0 ? lines.join("\n") : undefined;
}

function pick(span: Span, pattern: RegExp): [string, AttrValue][] {
  return Object.entries(span.attributes).filter(([k]) => pattern.test(k));
}

function yaml(entries: readonly (readonly [string, AttrValue])[]): string {
  return entries.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join("\n");
}

function show(v: AttrValue): string {
  return typeof v === "string" ? v : JSON.stringify(v);
}
