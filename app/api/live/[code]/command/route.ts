import { live } from "@/app/_lib/live/live-server";

/** The instructor's commands: POST {secret, command} gives 200 {snapshot} or the refusal's status and sentence. */
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  return live.command(request, code);
}
