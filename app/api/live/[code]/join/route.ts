import { live } from "@/app/_lib/live/live-server";

/** A learner joins the session: POST {code, name?} gives 200 {participantId, snapshot}. Failed joins are counted against the address in x-forwarded-for. */
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  return live.join(request, code);
}
