import "server-only";
import { asc, eq, inArray, ne } from "drizzle-orm";
import { customers, products, serviceAssignments, serviceRecords, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";

/** Approvals rarely pile up; past this the oldest are shown first and the rest wait their turn. */
export const PENDING_LIMIT = 200;

const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * SPEC S7: records the customer approved and staff have not closed yet, oldest approval first,
 * with the score, the comment and each technician's check-in/out on site.
 */
export async function listPendingApprovals(ctx: OrgContext) {
  requirePermission(ctx, "serviceRecords.view");
  const t = ctx.t;
  const rows = await t.db
    .select({
      id: serviceRecords.id,
      number: serviceRecords.number,
      customerId: serviceRecords.customerId,
      customerName: customers.name,
      subject: serviceRecords.subject,
      productName: products.name,
      approvedAt: serviceRecords.approvedAt,
      score: serviceRecords.approvalScore,
      comment: serviceRecords.approvalComment,
    })
    .from(serviceRecords)
    .leftJoin(customers, t.where(customers, eq(customers.id, serviceRecords.customerId)))
    .leftJoin(products, t.where(products, eq(products.id, serviceRecords.productId)))
    .where(t.where(serviceRecords, eq(serviceRecords.status, "approved")))
    .orderBy(asc(serviceRecords.approvedAt), asc(serviceRecords.number))
    .limit(PENDING_LIMIT);
  if (!rows.length) return [];

  const people = await t.db
    .select({
      recordId: serviceAssignments.recordId,
      userId: serviceAssignments.userId,
      name: users.name,
      checkInAt: serviceAssignments.checkInAt,
      checkOutAt: serviceAssignments.checkOutAt,
    })
    .from(serviceAssignments)
    .innerJoin(users, eq(users.id, serviceAssignments.userId))
    .where(
      t.where(
        serviceAssignments,
        inArray(
          serviceAssignments.recordId,
          rows.map((r) => r.id),
        ),
        // Someone who turned the job down did not work it.
        ne(serviceAssignments.response, "rejected"),
      ),
    )
    .orderBy(asc(users.name));

  return rows.map(({ productName, approvedAt, ...row }) => ({
    ...row,
    subject: row.subject || productName || "",
    approvedAt: iso(approvedAt),
    technicians: people
      .filter((p) => p.recordId === row.id)
      .map((p) => ({ userId: p.userId, name: p.name, checkInAt: iso(p.checkInAt), checkOutAt: iso(p.checkOutAt) })),
  }));
}

export type PendingApproval = Awaited<ReturnType<typeof listPendingApprovals>>[number];
