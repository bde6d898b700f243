import "server-only";
import { and, eq } from "drizzle-orm";
import { serviceAssignments } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import { ConflictError } from "@/lib/errors";
import type { getServiceRecordInOrgOrThrow } from "@/lib/service/internal";

type ServiceRecordRow = Awaited<ReturnType<typeof getServiceRecordInOrgOrThrow>>;

/** The acting user's assignment on the record, locked; someone who rejected it is no assignee. */
export async function getOwnAssignmentOrThrow(t: Tenant, recordId: string, userId: string) {
  const [row] = await t.db
    .select()
    .from(serviceAssignments)
    .where(t.where(serviceAssignments, and(eq(serviceAssignments.recordId, recordId), eq(serviceAssignments.userId, userId))))
    .for("update");
  if (!row || row.response === "rejected") throw new ConflictError("notAssignee");
  return row;
}

/**
 * Check-in and check-out: sets the acting user's `field` on their assignment to `at` and logs it,
 * in the caller's transaction. The caller has already checked the assignment's state.
 */
export async function stampOwnAssignment(ctx: OrgContext, t: Tenant, record: ServiceRecordRow, field: "checkInAt" | "checkOutAt", at: Date) {
  await t.db
    .update(serviceAssignments)
    .set({ [field]: at })
    .where(t.where(serviceAssignments, and(eq(serviceAssignments.recordId, record.id), eq(serviceAssignments.userId, ctx.actor.userId))));
  await recordActivity(ctx, t, {
    kind: "service.timeLogged",
    entityId: record.id,
    customerId: record.customerId,
    summary: `#${record.number}`,
    changes: { [field]: { from: null, to: at.toISOString() } },
  });
}
