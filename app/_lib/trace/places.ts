/**
 * Where each span's work happens on the map, read from OpenTelemetry's semantic conventions: a
 * node per service (`service.name`), per database (`db.system` and its namespace), per queue or
 * topic (`messaging.system` and destination), and per outside peer (a client call that no span
 * of the trace answers, named by its host). Each node gets one of the project's layers.
 */
import type { Layer } from "../content/schema-base";
import { attr, type Span } from "./span";
import type { TraceTree } from "./tree";

export type NodeKind = "service" | "database" | "queue" | "peer";
export type TraceNode = { id: string; label: string; layer: Layer; kind: NodeKind };

/** A span's place: the node doing the work, and the node the request came from (when another). */
export type Place = { node: string; from?: string | undefined };

export type Places = {
  nodes: TraceNode[];
  of: ReadonlyMap<string, Place>;
  /** Every pair of nodes a call joins (parent to child, or a service to what it calls), once, in the order first seen. */
  edges: [string, string][];
};

/** Services named like these sit on the edge, in security, or in the client lane. */
const EDGE = /gateway|proxy|ingress|envoy|nginx|load.?balancer|\blb\b|\bcdn\b/i;
const SECURITY = /\bauth|identity|\biam\b|oauth|\bsso\b|login/i;
const CLIENT = /browser|mobile|\bios\b|android|web.?client|\bspa\b/i;

export function placeSpans(tree: TraceTree): Places {
  const nodes = new Map<string, TraceNode>();
  const ids = new Set<string>();
  /** The node for `key`, made the first time it is seen (ids are unique and follow the id rule). */
  const node = (key: string, label: string, kind: NodeKind, layer: Layer | (() => Layer)): string => {
    const found = nodes.get(key);
    if (found) return found.id;
    const base = slug(label) || kind;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    nodes.set(key, { id, label: label.length > 28 ? `${label.slice(0, 27)}…` : label, layer: typeof layer === "function" ? layer() : layer, kind });
    return id;
  };
  const service = (s: Span) => node(`service:${s.service}`, s.service, "service", () => serviceLayer(s.service, tree));

  const of = new Map<string, Place>();
  for (const s of tree.order) {
    const parent = tree.parentOf.get(s.spanId);
    const came = parent ? of.get(parent.spanId)?.node : undefined;
    const db = attr(s, "db.system.name", "db.system");
    const messaging = attr(s, "messaging.system");
    let place: Place;
    if (db) {
      const name = attr(s, "db.namespace", "db.name");
      place = { node: node(`db:${db}:${name ?? ""}`, name ? `${db} ${name}` : db, "database", "data"), from: service(s) };
    } else if (messaging && s.kind === "consumer") {
      const dest = destination(s);
      place = { node: service(s), from: node(`queue:${messaging}:${dest}`, `${messaging} ${dest}`, "queue", "async") };
    } else if (messaging && (s.kind === "producer" || s.kind === "client")) {
      const dest = destination(s);
      place = { node: node(`queue:${messaging}:${dest}`, `${messaging} ${dest}`, "queue", "async"), from: service(s) };
    } else if (s.kind === "client" && !answered(s, tree) && peerHost(s)) {
      const host = peerHost(s)!;
      place = { node: node(`peer:${host}`, host, "peer", "external"), from: service(s) };
    } else {
      place = { node: service(s), from: came };
    }
    of.set(s.spanId, place.from === place.node ? { node: place.node } : place);
  }
  const edges = new Map<string, [string, string]>();
  for (const { node: to, from } of of.values()) {
    if (from && from !== to) {
      const key = [from, to].sort().join(" ");
      if (!edges.has(key)) edges.set(key, [from, to]);
    }
  }
  return { nodes: [...nodes.values()], of, edges: [...edges.values()] };
}

/** The layer of a service: by its name, or `async` for one that only consumes messages. */
export function serviceLayer(service: string, tree: Pick<TraceTree, "order">): Layer {
  if (CLIENT.test(service)) return "client";
  if (EDGE.test(service)) return "edge";
  if (SECURITY.test(service)) return "security";
  const kinds = new Set(tree.order.filter((s) => s.service === service).map((s) => s.kind));
  if (kinds.has("consumer") && !kinds.has("server")) return "async";
  return "application";
}

/** Whether a span of the trace answers this client call (a server or consumer child on another service). */
function answered(s: Span, tree: TraceTree): boolean {
  return (tree.children.get(s.spanId) ?? []).some((c) => c.kind === "server" || c.kind === "consumer");
}

/** The host a client span calls: `server.address`, `net.peer.name`, or the host of its URL. */
export function peerHost(s: Span): string | undefined {
  const named = attr(s, "server.address", "net.peer.name", "peer.service", "rpc.service");
  if (named) return named;
  const url = attr(s, "url.full", "http.url");
  if (!url) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

function destination(s: Span): string {
  return attr(s, "messaging.destination.name", "messaging.destination", "messaging.kafka.topic", "messaging.rabbitmq.routing_key") ?? "queue";
}

/** Lowercase words joined by '-', as the content's ids are. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
