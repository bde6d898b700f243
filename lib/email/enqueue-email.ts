import "server-only";
import type { Tx } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { bindToTransaction } from "@/lib/jobs/bind-to-transaction";
import { getBoss, QUEUES } from "@/lib/jobs/boss";
import type { RenderedEmail } from "./render-email";

/**
 * Writes the e-mail and its delivery job inside the caller's transaction (SPEC G3): if the
 * change that causes the e-mail rolls back, neither the row nor the job exists.
 */
export async function enqueueEmail(tx: Tx, email: RenderedEmail & { to: string; orgId?: string | null; replyTo?: string | null }) {
  const [row] = await tx
    .insert(emailOutbox)
    .values({
      orgId: email.orgId ?? null,
      kind: email.kind,
      to: email.to,
      replyTo: email.replyTo ?? null,
      subject: email.subject,
      html: email.html,
      text: email.text,
      locale: email.locale,
    })
    .returning({ id: emailOutbox.id });
  const boss = await getBoss();
  await boss.send(QUEUES.email, { emailId: row!.id }, { db: bindToTransaction(tx) });
  return row!.id;
}
