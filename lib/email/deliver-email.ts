import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { type Transport, transportFromEnv } from "./transports";

/**
 * Sends one outbox e-mail. Throws on transport failure so pg-boss retries with backoff;
 * an e-mail already marked sent is never sent again.
 */
export async function deliverEmail(emailId: string, transport: Transport = transportFromEnv()) {
  const [email] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, emailId));
  if (!email || email.status === "sent") return "skipped" as const;
  try {
    const { providerId } = await transport.send(email);
    await db
      .update(emailOutbox)
      .set({
        status: "sent",
        sentAt: new Date(),
        transport: transport.name,
        providerId: providerId ?? null,
        attempts: sql`${emailOutbox.attempts} + 1`,
        lastError: null,
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
      })
      .where(eq(emailOutbox.id, emailId));
    throw error;
  }
}

export async function markEmailFailed(emailId: string) {
  await db.update(emailOutbox).set({ status: "failed" }).where(eq(emailOutbox.id, emailId));
}
