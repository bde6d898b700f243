import "server-only";
import { eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, serviceAssignments, users, type ServiceRecord } from "@/db/schema";
import type { ActivityBy } from "@/lib/activity/record-activity";
import type { Tenant } from "@/lib/db/tenant";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { renderRejectedAssignmentEmail } from "@/lib/email/render-rejected-assignment-email";
import { appUrl } from "@/lib/http/app-url";
import { moveStatus } from "./internal";

type Rejection = {
  /** Locked by the caller, read after the rejection was stored. */
  record: ServiceRecord;
  rejecterId: string;
  rejecterName: string;
  assignedById: string | null;
  org: { name: string; slug: string; locale: string };
};

/**
 * SPEC S4: when the last person who could still do the work rejects, an "Assigned" record has
 * nobody: it goes back to New (what the dispatcher's list shows as needing someone) and whoever
 * assigned the rejecter is e-mailed in their language, in the transaction of the rejection.
 */
export async function returnForReassignment(t: Tenant<Tx>, by: ActivityBy, rejection: Rejection) {
  const { record } = rejection;
  if (record.status !== "assigned") return { returned: false };
  const [left] = await t.db
    .select({ userId: serviceAssignments.userId })
    .from(serviceAssignments)
    .where(t.where(serviceAssignments, eq(serviceAssignments.recordId, record.id), ne(serviceAssignments.response, "rejected")))
    .limit(1);
  if (left) return { returned: false };
  await moveStatus(by, t, record, "new");

  // Assignments made before assigners were stored fall back to whoever filed the record.
  const assignerId = rejection.assignedById ?? record.createdById;
  if (!assignerId || assignerId === rejection.rejecterId) return { returned: true };
  // Only a current member is told; someone who left the org no longer dispatches its work.
  const [assigner] = await t.db
    .select({ email: users.email, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(t.where(memberships, eq(memberships.userId, assignerId)));
  if (!assigner) return { returned: true };
  const email = await renderRejectedAssignmentEmail({
    locale: assigner.locale ?? rejection.org.locale,
    org: rejection.org.name,
    name: rejection.rejecterName,
    number: record.number,
    subject: record.subject,
    url: appUrl(`/${rejection.org.slug}/service/${record.id}`),
  });
  await enqueueEmail(t.db, { ...email, to: assigner.email, orgId: t.orgId });
  return { returned: true };
}
