import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { architectureHref } from "@/app/_lib/architecture/explorer-model";
import { getContent } from "@/app/_lib/content/content.server";
import type { ArchitectureData } from "@/app/_lib/content/types";
import { architecturePicture, shareOf, type Share } from "@/app/_lib/share/pictures";
import { StaticMap } from "@/components/map/static-map";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";
import { EmbedFrame } from "@/components/share/embed-frame";

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().architectures.map((a) => ({ id: a.id }));
}

function find(id: string): ArchitectureData | undefined {
  return getContent().architectures.find((a) => a.id === id);
}

function share(arch: ArchitectureData): Share {
  return shareOf(`${arch.title} · Architectures`, arch.purpose, architecturePicture(arch.id));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const arch = find((await params).id);
  return arch ? { ...metadataOf(share(arch)), robots: { index: false } } : {};
}

/** An architecture's map and what it is for, for another site's iframe, with a link to explore it. */
export default async function EmbedArchitecturePage({ params }: Params) {
  const arch = find((await params).id);
  if (!arch) notFound();
  const href = architectureHref(arch.id);
  return (
    <EmbedFrame name={`architectures/${arch.id}`} where={`${arch.title} · an architecture on Clickpath`} back={{ href, label: "Explore it on Clickpath: what each part owns, a request played through it" }}>
      <ShareMeta share={share(arch)} />
      <StaticMap map={arch.map} lit={arch.map.nodes.map((n) => n.id)} label={`${arch.title}: ${arch.map.nodes.map((n) => n.label).join(", ")}`} />
      <p>{arch.purpose}</p>
    </EmbedFrame>
  );
}
