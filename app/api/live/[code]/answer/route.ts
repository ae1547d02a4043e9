import { live } from "@/app/_lib/live/live-server";

/** A learner's answer to the open quiz: POST {participantId, quizId, answer}. */
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  return live.answer(request, code);
}
