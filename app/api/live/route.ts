import { live } from "@/app/_lib/live/live-server";

/** Starts a live session of a journey: POST {journey} gives 201 {code, secret}. */
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return live.create(request);
}
