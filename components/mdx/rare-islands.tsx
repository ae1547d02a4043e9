"use client";
import { lazyComponent } from "@/components/ui/lazy-component";

/**
 * Islands that only a chapter or two place (the trace waterfall, the 3D view). Every chapter
 * page is one route, so a plain import would put their code in every chapter's first load; as
 * lazy modules they are fetched only by the pages that render them (and still rendered on the
 * server, so their HTML is there before any script).
 */
export const LazyWaterfallBlock = lazyComponent(() => import("@/components/trace/waterfall-block").then((m) => m.WaterfallBlock));
export const LazySeeIn3D = lazyComponent(() => import("@/components/three/see-in-3d").then((m) => m.SeeIn3D));
