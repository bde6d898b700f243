import { handleInboundEmail, InvalidInboundPayload } from "@/lib/inbound/handle-inbound-email";
import { verifyInboundWebhook } from "@/lib/inbound/verify-webhook";

function json(status: number, body: object) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Inbound-mail webhook (Resend `email.received`, Svix-signed). The signature covers the raw body,
 * so it is read as text and verified before anything is parsed. 2xx tells the provider to stop
 * retrying: replays and replies nobody can be matched to still get 200.
 */
export async function POST(request: Request) {
  const started = performance.now();
  const rawText = await request.text();
  const verified = verifyInboundWebhook(rawText, request.headers);
  if (!verified.ok) return json(verified.status, { error: verified.reason });
  try {
    const outcome = await handleInboundEmail(verified.payload);
    return json(200, { ...outcome, ms: Math.round(performance.now() - started) });
  } catch (error) {
    if (error instanceof InvalidInboundPayload) return json(400, { error: "unexpected payload" });
    throw error;
  }
}
