import { live } from "@/app/_lib/live/live-server";

/** The session as Server-Sent Events; ?role=instructor with 'authorization: Bearer <secret>' for the console, ?participantId=… for a learner. */
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  return live.events(request, code);
}
