/**
 * A span as the drafting reads it, whatever format it came in (OTLP/JSON or Jaeger JSON): ids
 * as lowercase hex, times in milliseconds since the earliest span of the input, attributes as
 * plain values, and where in the input the span was written, for errors that point at it.
 */
export type AttrValue = string | number | boolean | readonly AttrValue[];
export type Attributes = Readonly<Record<string, AttrValue>>;

export const SPAN_KINDS = ["internal", "server", "client", "producer", "consumer"] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

export type SpanEvent = { name: string; at: number; attributes: Attributes };

export type Span = {
  traceId: string;
  spanId: string;
  parentId?: string | undefined;
  name: string;
  kind: SpanKind;
  /** `service.name` of the span's resource (Jaeger: its process). */
  service: string;
  /** Milliseconds since the earliest span in the input. */
  start: number;
  end: number;
  attributes: Attributes;
  events: readonly SpanEvent[];
  status: { error: boolean; message?: string | undefined };
  /** Where the span is written in the input: `resourceSpans[0].scopeSpans[1].spans[4]`. */
  where: string;
};

/** A problem with the input that stops the draft: what is wrong, and where. */
export class TraceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TraceError";
  }
}

/** An attribute as text (arrays joined by ", "), or undefined when the span does not have it. */
export function attr(span: Pick<Span, "attributes">, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const v = span.attributes[key];
    if (v !== undefined) return Array.isArray(v) ? v.join(", ") : String(v);
  }
  return undefined;
}

/** The span, named as errors name it: `'POST /checkout' (span 7e86aff6…, resourceSpans[0]…)`. */
export function describeSpan(span: Pick<Span, "name" | "spanId" | "where">): string {
  return `'${span.name}' (span ${span.spanId} at ${span.where})`;
}

/** Milliseconds to a tenth, as the drafted narration and inspector show them. */
export function tenths(ms: number): number {
  return Math.round(ms * 10) / 10;
}
