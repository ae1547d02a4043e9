"use client";
import dynamic from "next/dynamic";

/**
 * Islands that only a chapter or two place (the trace waterfall, the 3D view). Every chapter
 * page is one route, so a plain import would put their code in every chapter's first load; as
 * lazy modules they are fetched only by the pages that render them (and still rendered on the
 * server, so their HTML is there before any script).
 */
export const LazyWaterfallBlock = dynamic(() => import("@/components/trace/waterfall-block").then((m) => m.WaterfallBlock));
export const LazySeeIn3D = dynamic(() => import("@/components/three/see-in-3d").then((m) => m.SeeIn3D));
