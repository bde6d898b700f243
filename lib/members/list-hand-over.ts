import "server-only";
import { asc, eq, inArray, or } from "drizzle-orm";
import { customers, customerTechnicians, serviceAssignments, serviceRecords } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { OPEN_STATUSES } from "@/lib/service/status";

export type HandOverRole = "salesRep" | "supportRep" | "technician";
export type HandOver = {
  customers: { id: string; name: string; roles: HandOverRole[] }[];
  openRecords: { id: string; number: number; subject: string }[];
};

/**
 * SPEC T8 hand-over: what someone who left was still responsible for, so a Manage user can pass
 * it on — customers where they are sales rep, sales-support rep or authorised technician, and open
 * service records assigned to them. Reads through the one seam, so it lists what the viewer sees.
 * Several people at once (the Members page shows everyone who left): three queries in all.
 */
export async function listHandOver(ctx: OrgContext, userIds: readonly string[]): Promise<Map<string, HandOver>> {
  requirePermission(ctx, "members.setEmploymentStatus");
  const result = new Map<string, HandOver>(userIds.map((id) => [id, { customers: [], openRecords: [] }]));
  if (!userIds.length) return result;
  const ids = [...userIds];
  const [reps, technicians, records] = await Promise.all([
    ctx.t.db
      .select({ id: customers.id, name: customers.name, salesRepId: customers.salesRepId, supportRepId: customers.supportRepId })
      .from(customers)
      .where(ctx.t.where(customers, or(inArray(customers.salesRepId, ids), inArray(customers.supportRepId, ids))))
      .orderBy(asc(customers.name)),
    ctx.t.db
      .select({ id: customers.id, name: customers.name, userId: customerTechnicians.userId })
      .from(customerTechnicians)
      .innerJoin(customers, ctx.t.where(customers, eq(customers.id, customerTechnicians.customerId)))
      .where(ctx.t.where(customerTechnicians, inArray(customerTechnicians.userId, ids)))
      .orderBy(asc(customers.name)),
    ctx.t.db
      .select({ id: serviceRecords.id, number: serviceRecords.number, subject: serviceRecords.subject, userId: serviceAssignments.userId })
      .from(serviceAssignments)
      .innerJoin(
        serviceRecords,
        ctx.t.where(serviceRecords, eq(serviceRecords.id, serviceAssignments.recordId), inArray(serviceRecords.status, [...OPEN_STATUSES])),
      )
      .where(ctx.t.where(serviceAssignments, inArray(serviceAssignments.userId, ids)))
      .orderBy(asc(serviceRecords.number)),
  ]);
  const addCustomer = (userId: string | null, customer: { id: string; name: string }, role: HandOverRole) => {
    const entry = userId ? result.get(userId) : undefined;
    if (!entry) return;
    const known = entry.customers.find((c) => c.id === customer.id);
    if (known) known.roles.push(role);
    else entry.customers.push({ id: customer.id, name: customer.name, roles: [role] });
  };
  for (const c of reps) {
    addCustomer(c.salesRepId, c, "salesRep");
    addCustomer(c.supportRepId, c, "supportRep");
  }
  for (const c of technicians) addCustomer(c.userId, c, "technician");
  for (const r of records) result.get(r.userId)?.openRecords.push({ id: r.id, number: r.number, subject: r.subject });
  for (const entry of result.values()) entry.customers.sort((a, b) => a.name.localeCompare(b.name));
  return result;
}
