import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { percentile } from "./http";

type Ctx = Awaited<ReturnType<typeof import("../../lib/orgs/load-org-context").loadOrgContext>>;

/**
 * SPEC S4/S6 figures: the public approval page (what a customer's phone downloads, and how fast it
 * answers) and the inbound-mail webhook (signature check, de-duplication, thread write) over HTTP.
 * A record is filed, assigned, timed and completed through the verbs; the links come from the
 * outbox, as the recipients would click them.
 */
export async function benchService(base: string, ctx: Ctx, customerId: string, secret: string, requests = 50) {
  const { db } = await import("../../db/client");
  const { emailOutbox } = await import("../../db/schema");
  const { createServiceRecord } = await import("../../lib/service/create-service-record");
  const { assignEmployees } = await import("../../lib/service/assign");
  const { startTimer } = await import("../../lib/time-entries/start-timer");
  const { completeService } = await import("../../lib/service/complete");
  const { signWebhook } = await import("../../lib/inbound/sign-webhook");

  const { id } = await createServiceRecord(ctx, {
    customerId,
    requestDate: new Date().toISOString().slice(0, 10),
    subject: "Bench: install a video camera",
  });
  await assignEmployees(ctx, { id, userIds: [ctx.actor.userId] });
  await startTimer(ctx, { recordId: id });
  await completeService(ctx, { id, email: "bench-customer@bench.test", result: "Installed and tested." });
  const newest = async (kind: string) => {
    const [mail] = await db
      .select({ text: emailOutbox.text, replyTo: emailOutbox.replyTo })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.orgId, ctx.org.id), eq(emailOutbox.kind, kind)))
      .orderBy(desc(emailOutbox.createdAt))
      .limit(1);
    return mail!;
  };
  const token = (await newest("serviceReport")).text.match(/\/approve\/([A-Za-z0-9_-]+)/)![1]!;
  const replyTo = (await newest("serviceAssignment")).replyTo!;

  const approval: number[] = [];
  let approvalBytes = 0;
  for (let i = 0; i < requests; i++) {
    const start = performance.now();
    const response = await fetch(`${base}/approve/${token}`);
    const body = await response.arrayBuffer();
    approval.push(performance.now() - start);
    if (response.status !== 200) throw new Error(`/approve answered ${response.status}`);
    approvalBytes = body.byteLength;
  }

  const webhook: number[] = [];
  for (let i = 0; i < requests; i++) {
    const now = new Date().toISOString();
    const body = JSON.stringify({
      type: "email.received",
      created_at: now,
      data: {
        email_id: `bench-${randomUUID()}`,
        created_at: now,
        from: "tech@bench.test",
        to: [replyTo],
        subject: "Re: bench",
        text: `Note ${i}: on site tomorrow.\n\n> quoted original`,
      },
    });
    const start = performance.now();
    const response = await fetch(`${base}/api/inbound/email`, { method: "POST", headers: signWebhook(secret, body), body });
    await response.arrayBuffer();
    webhook.push(performance.now() - start);
    if (!response.ok) throw new Error(`/api/inbound/email answered ${response.status}`);
  }
  return {
    approval_html_kb: approvalBytes / 1024,
    approval_p95_ms: percentile(approval, 95),
    webhook_p50_ms: percentile(webhook, 50),
    webhook_p95_ms: percentile(webhook, 95),
  };
}
