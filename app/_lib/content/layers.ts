/**
 * The layers of a system, written once, in the order a request meets them (the client, the
 * network, the edge and what guards it, then the servers, the code, its data and what runs
 * beside it), with what watches it all last. Lists of layers (the concept library, the deck,
 * progress) follow this order, and the 3D view stacks them in it from the bottom up. No zod here,
 * so the browser can order layers without loading the schema.
 */
export const LAYERS = [
  "client",
  "network",
  "edge",
  "security",
  "infrastructure",
  "application",
  "data",
  "async",
  "external",
  "observability",
] as const;

export type LayerName = (typeof LAYERS)[number];

/**
 * Each layer's colour. The stylesheet's `[data-layer]` tokens (globals.css) are the same values,
 * for what CSS draws; this copy is for what is drawn outside CSS (the 3D view, share pictures).
 * A unit test keeps the two equal.
 */
export const LAYER_COLOURS: Record<LayerName, string> = {
  client: "#60a5fa",
  network: "#22d3ee",
  edge: "#a78bfa",
  security: "#e879f9",
  infrastructure: "#f472b6",
  application: "#34d399",
  data: "#fb923c",
  async: "#facc15",
  external: "#f87171",
  observability: "#94a3b8",
};
