import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { now } from "@/lib/clock";
import { type Transport, transportFromEnv } from "./transports";

/** The worker and pg-boss job that deliver an e-mail; recovery uses both if the worker dies. */
export type DeliveryClaim = { workerId: string; jobId: string };

/** Another live worker is sending this e-mail right now: retry later, do not send beside it. */
export class EmailBusyError extends Error {
  constructor(emailId: string) {
    super(`e-mail ${emailId} is being sent by another worker`);
    this.name = "EmailBusyError";
  }
}

/**
 * Sends one outbox e-mail. Throws on transport failure so pg-boss retries with backoff.
 * Exactly once: the row is claimed before the transport is called and only an unclaimed row
 * that is not yet sent can be claimed, so neither a sent e-mail nor one still in flight with a
 * slow worker (its job expired and retried meanwhile) is ever sent again. A crash after the
 * provider accepted but before "sent" is written is covered by Resend's idempotency key.
 */
export async function deliverEmail(emailId: string, transport: Transport = transportFromEnv(), claim?: DeliveryClaim) {
  const [email] = await db
    .update(emailOutbox)
    .set({ claimedBy: claim?.workerId ?? null, claimedJobId: claim?.jobId ?? null })
    .where(and(eq(emailOutbox.id, emailId), ne(emailOutbox.status, "sent"), isNull(emailOutbox.claimedBy)))
    .returning();
  if (!email) {
    const [row] = await db.select({ status: emailOutbox.status }).from(emailOutbox).where(eq(emailOutbox.id, emailId));
    if (!row || row.status === "sent") return "skipped" as const;
    throw new EmailBusyError(emailId);
  }
  const released = { claimedBy: null, claimedJobId: null };
  try {
    const { providerId } = await transport.send(email);
    await db
      .update(emailOutbox)
      .set({
        status: "sent",
        sentAt: now(),
        transport: transport.name,
        providerId: providerId ?? null,
        attempts: sql`${emailOutbox.attempts} + 1`,
        lastError: null,
        ...released,
      })
      .where(eq(emailOutbox.id, emailId));
    return "sent" as const;
  } catch (error) {
    await db
      .update(emailOutbox)
      .set({
        attempts: sql`${emailOutbox.attempts} + 1`,
        transport: transport.name,
        lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
        ...released,
      })
      .where(eq(emailOutbox.id, emailId));
    throw error;
  }
}

/** After the last retry; never over a send that another worker is still making. */
export async function markEmailFailed(emailId: string) {
  await db
    .update(emailOutbox)
    .set({ status: "failed" })
    .where(and(eq(emailOutbox.id, emailId), eq(emailOutbox.status, "queued"), isNull(emailOutbox.claimedBy)));
}
