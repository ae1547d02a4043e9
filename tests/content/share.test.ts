/** Link previews over the real content: a picture for every page that has a place, drawn inside the picture. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LAYER_COLOURS, LAYERS } from "@/app/_lib/content/layers";
import { embedSnippet } from "@/app/_lib/journey/pages";
import { edgesSvg, MAP_AREA, PICTURE, pictureMap } from "@/app/_lib/share/picture-layout";
import { architecturePicture, conceptPicture, journeyPicture, sharePictures, SITE_PICTURE } from "@/app/_lib/share/pictures";
import { absolute, siteUrl } from "@/app/_lib/share/site";
import { loadRoot, PROJECT_DIR } from "./load-helpers";

const content = loadRoot(join(PROJECT_DIR, "journeys"), PROJECT_DIR);
const pictures = sharePictures(content);
const kareem = content.journeys.find((j) => j.slug === "kareems-click")!;

describe("share pictures", () => {
  it("has one for the site and each journey, chapter, fork, card and architecture", () => {
    const expected = [
      SITE_PICTURE,
      ...content.journeys.flatMap((j) => [journeyPicture(j.slug), ...j.chapters.slice(1).map((c) => journeyPicture(j.slug, c.id)), ...j.forks.map((f) => journeyPicture(j.slug, "what-if", f.id))]),
      ...Object.keys(content.concepts).map(conceptPicture),
      ...content.architectures.map((a) => architecturePicture(a.id)),
    ];
    expect([...pictures.keys()].sort()).toEqual([...new Set(expected)].sort());
  });

  it("lights a chapter's nodes on its journey's map, and bands the picture with their layers in the layers' order", () => {
    const chapter = kareem.chapters.find((c) => c.id === "storing-data")!;
    const picture = pictures.get(journeyPicture(kareem.slug, chapter.id))!;
    expect(picture).toMatchObject({ eyebrow: kareem.title, title: chapter.title, map: kareem.map });
    const steps = kareem.steps.slice(chapter.firstStep, chapter.firstStep + chapter.stepCount);
    expect(new Set(picture.lit)).toEqual(new Set(steps.flatMap((s) => [...s.path, ...(s.branches ?? []).flat(), ...s.focus])));
    expect(picture.layers).toContain("data");
    expect(picture.layers).toEqual(LAYERS.filter((l) => picture.layers.includes(l)));
  });

  it("lights a card where a journey places it, and draws a card no journey places without a map", () => {
    const pool = pictures.get(conceptPicture("connection-pool"))!;
    expect(pool.lit.length).toBeGreaterThan(0);
    expect(pool.lit.every((id) => pool.map!.nodes.some((n) => n.id === id))).toBe(true);
    const unplaced = Object.values(content.concepts).filter((c) => !content.journeys.some((j) => j.cards[c.id]?.nodes.length));
    for (const c of unplaced) expect(pictures.get(conceptPicture(c.id))).toMatchObject({ map: undefined, layers: [c.layer] });
  });
});

describe("a picture's map", () => {
  const inside = (b: { x: number; y: number; w: number; h: number }) => b.x >= MAP_AREA.x && b.y >= MAP_AREA.y && b.x + b.w <= MAP_AREA.x + MAP_AREA.w && b.y + b.h <= MAP_AREA.y + MAP_AREA.h;

  it("draws every node of an architecture inside the area, all lit, when none is named", () => {
    const arch = content.architectures.find((a) => a.id === "microservices")!;
    const drawn = pictureMap(arch.map, []);
    expect(drawn.nodes.map((n) => n.id).sort()).toEqual(arch.map.nodes.map((n) => n.id).sort());
    expect(drawn.nodes.every((n) => n.lit && inside(n))).toBe(true);
    expect(drawn.edges).toHaveLength(arch.map.edges.length);
  });

  it("frames a place with its neighbours: every lit node drawn, at most the map's own size, nothing outside the area", () => {
    const picture = pictures.get(journeyPicture(kareem.slug, "storing-data"))!;
    const drawn = pictureMap(picture.map!, picture.lit);
    expect(drawn.nodes.filter((n) => n.lit).map((n) => n.id).sort()).toEqual([...picture.lit].sort());
    expect(drawn.nodes.every(inside)).toBe(true);
    // Zoomed in on the place: larger than the whole map would be drawn, never past 1:1 (15 px labels).
    const whole = pictureMap(picture.map!, []);
    expect(drawn.nodes[0]!.fontSize).toBeGreaterThan(whole.nodes[0]!.fontSize);
    expect(Math.max(...drawn.nodes.map((n) => n.fontSize))).toBeLessThanOrEqual(15);
    expect(drawn.nodes.every((n) => n.colour === LAYER_COLOURS[picture.map!.nodes.find((m) => m.id === n.id)!.layer])).toBe(true);
  });

  it("leaves out labels too small to read, and clips lines to the area", () => {
    const tiny = pictureMap(kareem.map, [], { x: 0, y: 0, w: 300, h: 150 });
    expect(tiny.nodes.every((n) => n.label === "")).toBe(true);
    const svg = edgesSvg(tiny.edges);
    expect(svg).toContain(`<rect x="${MAP_AREA.x}" y="${MAP_AREA.y}" width="${MAP_AREA.w}" height="${MAP_AREA.h}"/>`);
    expect(svg).toContain(`width="${PICTURE.width}" height="${PICTURE.height}"`);
  });
});

describe("the site's address", () => {
  it("is SITE_URL without a trailing slash, or this machine's next start", () => {
    expect(siteUrl({ SITE_URL: "https://learn.example.com/" })).toBe("https://learn.example.com");
    expect(siteUrl({ PORT: "4000" })).toBe("http://localhost:4000");
    expect(absolute("/og/site.png", { SITE_URL: "https://learn.example.com" })).toBe("https://learn.example.com/og/site.png");
  });

  it("says what is wrong with a SITE_URL that is no web address", () => {
    expect(() => siteUrl({ SITE_URL: "learn.example.com" })).toThrow('SITE_URL: "learn.example.com" is not an address');
    expect(() => siteUrl({ SITE_URL: "ftp://learn.example.com" })).toThrow("must start with https:// or http://");
  });
});

describe("embeds", () => {
  it("writes a snippet whose attributes cannot be broken out of", () => {
    const snippet = embedSnippet("https://x.test/embed/a/b?c=1&d=2", 'A "quoted" <title>');
    expect(snippet).toBe('<iframe src="https://x.test/embed/a/b?c=1&amp;d=2" title="A &quot;quoted&quot; &lt;title>" width="720" height="480" style="border:0;max-width:100%" loading="lazy"></iframe>');
  });
});

describe("layer colours", () => {
  it("are the stylesheet's [data-layer] tokens, layer for layer", () => {
    const css = readFileSync(join(PROJECT_DIR, "app", "globals.css"), "utf8");
    const tokens = Object.fromEntries([...css.matchAll(/\[data-layer="([a-z]+)"\] \{ --layer: (#[0-9a-f]{6}); \}/g)].map((m) => [m[1], m[2]]));
    expect(tokens).toEqual(LAYER_COLOURS);
  });
});
