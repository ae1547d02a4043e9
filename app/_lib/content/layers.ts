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
