import "server-only";
import { and, eq } from "drizzle-orm";
import { db, type DbOrTx, type Tx } from "@/db/client";
import { customers, orgs, serviceAssignments, serviceMessages, serviceRecords, users } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { type FoundToken, tokenContext } from "@/lib/auth/token-context";
import { orgContextColumns } from "@/lib/orgs/org-columns";
import { hashToken } from "@/lib/auth/tokens";
import { requirePermission } from "@/lib/permissions/require-permission";
import { now as clockNow } from "@/lib/clock";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { answerAssignment } from "./answer-assignment";
import { getServiceRecordInOrgOrThrow } from "./internal";
import { SYSTEM_MESSAGES } from "./messages/system-messages";
import { returnForReassignment } from "./return-for-reassignment";

export type AssignmentAnswer = "accepted" | "rejected";

/** Public lookup by token, across orgs: the token names the org (tokenContext builds its context from the row). */
export async function findAssignmentByToken(dbx: DbOrTx, token: string, lock = false) {
  if (!token || token.length > 200) return null;
  const query = dbx
    .select({
      orgId: serviceAssignments.orgId,
      recordId: serviceAssignments.recordId,
      userId: serviceAssignments.userId,
      response: serviceAssignments.response,
      respondedAt: serviceAssignments.respondedAt,
      assignedById: serviceAssignments.assignedById,
      number: serviceRecords.number,
      subject: serviceRecords.subject,
      customerId: serviceRecords.customerId,
      plannedStart: serviceRecords.plannedStart,
      plannedEnd: serviceRecords.plannedEnd,
      org: orgContextColumns,
      assigneeName: users.name,
      assigneeEmail: users.email,
      assigneeLocale: users.locale,
    })
    .from(serviceAssignments)
    .innerJoin(serviceRecords, and(eq(serviceRecords.orgId, serviceAssignments.orgId), eq(serviceRecords.id, serviceAssignments.recordId)))
    .innerJoin(orgs, eq(orgs.id, serviceAssignments.orgId))
    .innerJoin(users, eq(users.id, serviceAssignments.userId))
    .where(eq(serviceAssignments.tokenHash, hashToken(token)));
  const [row] = lock ? await query.for("update", { of: serviceAssignments }) : await query;
  return row ?? null;
}

/** The assignee holds the link: the feed names them even after they left the org. */
export function assignmentHolder(found: NonNullable<Awaited<ReturnType<typeof findAssignmentByToken>>>): FoundToken {
  return { org: found.org, recordId: found.recordId, customerId: found.customerId, userId: found.userId, label: found.assigneeName };
}

/**
 * What the public Accept/Reject page shows, in the language of the e-mail it came from (the
 * assignee's, else the org's). Reading changes nothing: mail scanners open links in e-mails.
 */
export async function describeAssignment(token: string) {
  const found = await findAssignmentByToken(db, token);
  if (!found) return { state: "unknown" as const, locale: null };
  const ctx = await tokenContext("assignment", assignmentHolder(found));
  requirePermission(ctx, "serviceRecords.view");
  // The holder's scope reaches the record's customer and no other, whatever the query asks.
  const [customer] = found.customerId
    ? await ctx.t.db
        .select({ name: customers.name })
        .from(customers)
        .where(ctx.t.where(customers, eq(customers.id, found.customerId)))
    : [];
  const locale: Locale = isLocale(found.assigneeLocale) ? found.assigneeLocale : isLocale(found.org.locale) ? found.org.locale : "en";
  return {
    state: found.response === "pending" ? ("pending" as const) : ("answered" as const),
    locale,
    timeZone: found.org.timeZone,
    response: found.response,
    respondedAt: found.respondedAt?.toISOString() ?? null,
    number: found.number,
    subject: found.subject,
    customer: customer?.name ?? null,
    plannedStart: found.plannedStart?.toISOString() ?? null,
    plannedEnd: found.plannedEnd?.toISOString() ?? null,
    orgName: found.org.name,
    assigneeName: found.assigneeName,
  };
}

export type RespondOutcome =
  | { outcome: "unknown" }
  | { outcome: "answered"; response: AssignmentAnswer; number: number; recordId: string; orgId: string }
  | { outcome: "alreadyAnswered"; response: AssignmentAnswer; respondedAt: string | null; number: number; recordId: string; orgId: string };

/**
 * SPEC S4: the assignee accepts or rejects, by link or by e-mail reply. Each assignment answers
 * once (the row is locked, so two clicks at once still answer once); the answer goes into the
 * thread as a system line and into the activity feed with the assignee as actor. When the last
 * assignee still holding the work rejects, the record goes back to New and its assigner is told
 * (returnForReassignment).
 * `tx` lets the inbound-mail handler answer in the transaction that stores the reply;
 * `after` orders the system line after that reply.
 */
export async function respondToAssignment(token: string, response: AssignmentAnswer, options: { tx?: Tx; after?: Date } = {}) {
  const run = async (tx: Tx): Promise<RespondOutcome> => {
    // Record first, then the assignment — the order assigning takes them in, so the two never deadlock.
    const peek = await findAssignmentByToken(tx, token);
    if (!peek) return { outcome: "unknown" };
    const ctx = await tokenContext("assignment", assignmentHolder(peek), tx);
    requirePermission(ctx, "assignments.respond");
    const { t } = ctx;
    const record = await getServiceRecordInOrgOrThrow(t, peek.recordId, { lock: true });
    const found = await findAssignmentByToken(tx, token, true);
    if (!found) return { outcome: "unknown" };
    const where = { number: found.number, recordId: found.recordId, orgId: found.orgId };
    if (found.response !== "pending") {
      return { outcome: "alreadyAnswered", response: found.response, respondedAt: found.respondedAt?.toISOString() ?? null, ...where };
    }
    const now = new Date(Math.max(clockNow().getTime(), (options.after?.getTime() ?? 0) + 1));
    await answerAssignment(ctx, found, { response, respondedAt: now });
    await t.db
      .insert(serviceMessages)
      .values(
        t.values({ recordId: found.recordId, kind: "system" as const, authorId: found.userId, body: SYSTEM_MESSAGES[response], createdAt: now }),
      );
    await recordActivity(ctx, t, {
      kind: response === "accepted" ? "service.accepted" : "service.rejected",
      entityId: found.recordId,
      customerId: found.customerId,
      summary: `#${found.number} ${found.assigneeName}`,
    });
    if (response === "rejected") {
      await returnForReassignment(t, ctx, {
        record,
        rejecterId: found.userId,
        rejecterName: found.assigneeName,
        assignedById: found.assignedById,
        org: { name: found.org.name, slug: found.org.slug, locale: found.org.locale },
      });
    }
    return { outcome: "answered", response, ...where };
  };
  return options.tx ? run(options.tx) : db.transaction(run);
}
