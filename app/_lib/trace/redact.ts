/**
 * Secrets out of a span before anything of it is written: values of attributes whose name says
 * they are secret (authorization, cookies, api keys, tokens, passwords), secret parameters in
 * URLs' query strings, credentials in URLs, bearer tokens wherever they appear, string literals
 * compared with or assigned to password-like columns in any text, and every string literal of a
 * query (`db.statement`, `db.query.text`) made a `?`, as OpenTelemetry's sanitizers do: a query
 * shows its shape, never the values (an email, a card number) it was run with.
 */
import type { Attributes, AttrValue, Span } from "./span";

export const REDACTED = "[REDACTED]";

/** Words that make a name secret: an attribute, a header, a query parameter, a column. */
const SECRET_WORDS = String.raw`authorization|cookie|passw(?:or)?d|pwd|secret|token|api[-_.]?key|apikey|access[-_.]?key|private[-_.]?key|credential|session[-_.]?id|signature|x-amz-security-token`;
const SECRET_NAME = new RegExp(SECRET_WORDS, "i");
/** Query parameters that carry secrets, beyond those named by SECRET_WORDS. */
const SECRET_PARAMS = new RegExp(String.raw`((?:^|[?&;])(?:[^=&#\s]*(?:${SECRET_WORDS})[^=&#\s]*|key|sig|code|sid|auth)=)[^&#\s"']*`, "gi");
const BEARER = /\b(Bearer|Basic|Digest)\s+[A-Za-z0-9._~+/=-]+/g;
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+:[^/\s@]+@/gi;
const SQL_SECRET = new RegExp(String.raw`(\b\w*(?:${SECRET_WORDS})\w*\b\s*(?:=|<>|!=|like)\s*)'(?:[^']|'')*'`, "gi");

/** True when a name (an attribute key, a header) says its value is a secret. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** A string with the secrets inside it replaced: query parameters, credentials in URLs, bearer tokens, SQL literals. */
export function redactText(text: string): string {
  return text
    .replace(USERINFO, `$1${REDACTED}@`)
    .replace(BEARER, `$1 ${REDACTED}`)
    .replace(SECRET_PARAMS, `$1${REDACTED}`)
    .replace(SQL_SECRET, `$1'${REDACTED}'`);
}

function redactValue(value: AttrValue): AttrValue {
  if (typeof value === "string") return redactText(value);
  if (Array.isArray(value)) return value.map(redactValue);
  return value;
}

/** Attributes that hold a query's text. */
const QUERY_KEYS = new Set(["db.statement", "db.query.text"]);
const SQL_STRING = /'(?:[^']|'')*'/g;

/** A query with every string literal a parameter (`?`), and any other secret redacted. */
export function redactQuery(text: string): string {
  return redactText(text).replace(SQL_STRING, "?");
}

export function redactAttributes(attributes: Attributes): Attributes {
  return Object.fromEntries(
    Object.entries(attributes).map(([key, value]) => [key, isSecretName(key) ? REDACTED : QUERY_KEYS.has(key) && typeof value === "string" ? redactQuery(value) : redactValue(value)]),
  );
}

/** The span with every secret replaced by `[REDACTED]`: its name, attributes, events and status message. */
export function redactSpan(span: Span): Span {
  return {
    ...span,
    name: redactText(span.name),
    attributes: redactAttributes(span.attributes),
    events: span.events.map((e) => ({ ...e, name: redactText(e.name), attributes: redactAttributes(e.attributes) })),
    status: { ...span.status, ...(span.status.message === undefined ? {} : { message: redactText(span.status.message) }) },
  };
}
