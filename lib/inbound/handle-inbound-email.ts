import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { inboundEmails, orgs, serviceAssignments, serviceMessages, serviceRecords, users } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { tokenContext } from "@/lib/auth/token-context";
import { orgContextColumns } from "@/lib/orgs/org-columns";
import { hashToken } from "@/lib/auth/tokens";
import { requirePermission } from "@/lib/permissions/require-permission";
import { cleanInput, cleanText } from "@/lib/fields/text";
import { respondToAssignment } from "@/lib/service/respond-to-assignment";
import { bareAddress, tokenFromRecipients } from "./config";
import { receivedBody } from "./received-body";
import { replyIntent, stripQuotedReply } from "./reply-text";
import { receivedEmailEvent } from "./resend-payload";

export type InboundOutcome =
  | { status: "ignored" }
  | { status: "duplicate" }
  | { status: "unmatched" }
  | { status: "appended"; recordId: string; answer: "accepted" | "rejected" | null; answered: boolean };

export class InvalidInboundPayload extends Error {}

/**
 * SPEC S4: a reply to an assignment e-mail, already verified as coming from the provider. The
 * provider's e-mail id is claimed first in inbound_emails, inside the transaction that applies
 * the reply, so a redelivery (or two at once) is applied exactly once. The reply's new text
 * goes into the record's thread; "Accept"/"Reject" as its first word answers the assignment.
 */
export async function handleInboundEmail(payload: unknown): Promise<InboundOutcome> {
  if (typeof payload === "object" && payload !== null && (payload as { type?: unknown }).type !== "email.received") {
    return { status: "ignored" };
  }
  // Text PostgreSQL cannot store (NUL, lone surrogates) is cleaned, not refused: a reply that
  // failed here would fail on every redelivery and be lost.
  const parsed = receivedEmailEvent.safeParse(cleanInput(payload));
  if (!parsed.success) throw new InvalidInboundPayload(parsed.error.message);
  const email = parsed.data.data;

  const [seen] = await db.select({ id: inboundEmails.messageId }).from(inboundEmails).where(eq(inboundEmails.messageId, email.email_id));
  if (seen) return { status: "duplicate" };
  const token = tokenFromRecipients([...email.to, ...(email.received_for ?? []), ...(email.cc ?? [])]);
  const reply = stripQuotedReply(cleanText(await receivedBody(email)));
  const answer = replyIntent(reply);

  return db.transaction(async (tx) => {
    const [assignment] = token
      ? await tx
          .select({
            orgId: serviceAssignments.orgId,
            recordId: serviceAssignments.recordId,
            userId: serviceAssignments.userId,
            userEmail: users.email,
            userName: users.name,
            number: serviceRecords.number,
            customerId: serviceRecords.customerId,
            org: orgContextColumns,
          })
          .from(serviceAssignments)
          .innerJoin(orgs, eq(orgs.id, serviceAssignments.orgId))
          .innerJoin(users, eq(users.id, serviceAssignments.userId))
          .innerJoin(serviceRecords, and(eq(serviceRecords.orgId, serviceAssignments.orgId), eq(serviceRecords.id, serviceAssignments.recordId)))
          .where(eq(serviceAssignments.tokenHash, hashToken(token)))
      : [];
    const [claimed] = await tx
      .insert(inboundEmails)
      .values({ messageId: email.email_id, orgId: assignment?.orgId ?? null, recordId: assignment?.recordId ?? null })
      .onConflictDoNothing()
      .returning({ id: inboundEmails.messageId });
    if (!claimed) return { status: "duplicate" as const };
    // Unknown or withdrawn tokens are acknowledged (the provider would retry forever) and dropped.
    if (!assignment) return { status: "unmatched" as const };

    const from = bareAddress(email.from);
    // The assignee's token carried the reply: its holder is the assignee when it came from their
    // own address, else the address that sent it (a forward).
    const ownAddress = from === assignment.userEmail.toLowerCase();
    const ctx = await tokenContext(
      "inboundReply",
      {
        org: assignment.org,
        recordId: assignment.recordId,
        customerId: assignment.customerId,
        userId: ownAddress ? assignment.userId : null,
        label: ownAddress ? assignment.userName : from,
      },
      tx,
    );
    requirePermission(ctx, "messages.post");
    const { t } = ctx;
    const [message] = await t.db
      .insert(serviceMessages)
      .values(
        t.values({
          recordId: assignment.recordId,
          kind: "email_in" as const,
          // Shown as the assignee's only when it comes from their own address; a forward shows its sender.
          authorId: ownAddress ? assignment.userId : null,
          fromEmail: from,
          body: reply || email.subject || "",
        }),
      )
      .returning({ createdAt: serviceMessages.createdAt });
    await recordActivity(ctx, t, {
      kind: "service.message",
      entityId: assignment.recordId,
      customerId: assignment.customerId,
      summary: `#${assignment.number} ${from}`,
    });
    // "Accept"/"Reject" answers through the assignment link the reply address carries (its own context).
    if (answer) requirePermission(ctx, "assignments.respond");
    const outcome = answer ? await respondToAssignment(token!, answer, { tx, after: message!.createdAt }) : null;
    return { status: "appended" as const, recordId: assignment.recordId, answer, answered: outcome?.outcome === "answered" };
  });
}
