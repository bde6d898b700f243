import "server-only";
import { eq } from "drizzle-orm";
import {
  appointments,
  contracts,
  customers,
  maintenanceSchedules,
  meetingNotes,
  reminders,
  serviceRecords,
  servicePlans,
  workItems,
} from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getCustomerInOrgOrThrow } from "./internal";
import { customerTargetSchema } from "./schemas";

/**
 * SPEC C5: contacts, notes and the customer's activities go with it (foreign keys cascade);
 * references from other records (parent links, service records) are cleared here, and the office's
 * own work about it (tasks, issues, appointments, meeting notes, reminders) stays without it.
 */
export async function removeCustomer(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "customers.delete");
  const { id } = parseInput(customerTargetSchema, input);
  await ctx.t.transaction(async (t) => {
    const customer = await getCustomerInOrgOrThrow(t, id, { lock: true });
    await t.db
      .update(customers)
      .set({ parentId: null })
      .where(t.where(customers, eq(customers.parentId, id)));
    // Service records keep their history without the customer (and its contacts, deleted with it).
    await t.db
      .update(serviceRecords)
      .set({ customerId: null, contactId: null })
      .where(t.where(serviceRecords, eq(serviceRecords.customerId, id)));
    // The office's own work stays without the customer (issue 13). Org-wide: a row the actor
    // cannot see (someone else's task on this customer) must not keep a reference to a deleted one.
    const org = t.orgWide();
    for (const table of [workItems, appointments, meetingNotes, reminders]) {
      await org.db
        .update(table)
        .set({ customerId: null })
        .where(org.where(table, eq(table.customerId, id)));
    }
    // Maintenance schedules are the customer's own too (their occurrences and technicians cascade);
    // first, since they may name the contracts and plans that go next.
    await t.db.delete(maintenanceSchedules).where(t.where(maintenanceSchedules, eq(maintenanceSchedules.customerId, id)));
    // Service plans are the customer's own too (periods and ledger rows cascade). A plan and a
    // contract may name each other: the contracts' link is cleared first, then plans, then contracts.
    await t.db
      .update(contracts)
      .set({ servicePlanId: null })
      .where(t.where(contracts, eq(contracts.customerId, id)));
    await t.db.delete(servicePlans).where(t.where(servicePlans, eq(servicePlans.customerId, id)));
    // Contracts are the customer's own (a renewal chain never leaves its customer): they go with it.
    await t.db.delete(contracts).where(t.where(contracts, eq(contracts.customerId, id)));
    await t.db.delete(customers).where(t.where(customers, eq(customers.id, id)));
    await recordActivity(ctx, t, { kind: "customer.deleted", entityId: id, customerId: null, summary: customer.name });
  });
}
