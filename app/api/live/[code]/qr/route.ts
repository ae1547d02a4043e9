import QRCode from "qrcode";
import { normaliseCode } from "@/app/_lib/live/codes";

/**
 * The join page of a session as a QR code, drawn on the server as SVG (no client library): the
 * audience view shows it beside the code. Any well-formed code gets one; whether the session
 * exists is the join page's business.
 */
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const read = normaliseCode((await params).code);
  if (!read.ok) return Response.json({ error: `not a join code: ${read.problem}` }, { status: 404 });
  const url = new URL(`/join/${read.code}`, request.url).href;
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#0b1220", light: "#ffffff" } });
  return new Response(svg, { headers: { "content-type": "image/svg+xml; charset=utf-8", "cache-control": "public, max-age=3600" } });
}
