import "server-only";
import { eq, inArray } from "drizzle-orm";
import { customerTechnicians, memberProfiles } from "@/db/schema";
import { diffFields, recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { ValidationError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { customerTechnicianIds } from "./customer-technician-ids";
import { getCustomerInOrgOrThrow } from "./internal";
import { customerTechniciansSchema } from "./technician-schemas";

/**
 * SPEC T5: the technicians authorised for a customer, who then see it and its records. Only
 * members flagged technician can be chosen: for anyone else the list would grant nothing.
 */
export async function setCustomerTechnicians(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "customers.update");
  const { customerId, userIds } = parseInput(customerTechniciansSchema, input);
  await ctx.t.transaction(async (t) => {
    // The lock orders concurrent saves of the same customer: the second diffs against the first.
    const customer = await getCustomerInOrgOrThrow(t, customerId, { lock: true });
    const before = await customerTechnicianIds(t, customerId);
    if (userIds.length) {
      const profiles = await t.db
        .select({ userId: memberProfiles.userId, status: memberProfiles.employmentStatus })
        .from(memberProfiles)
        .where(t.where(memberProfiles, inArray(memberProfiles.userId, userIds), eq(memberProfiles.technician, true)));
      if (profiles.length !== userIds.length) throw new ValidationError({ userIds: "notTechnician" });
      // Someone who left (T8) is not offered, so cannot be added; one already authorised stays on
      // the customer until it is handed over (their profile page lists it).
      if (profiles.some((p) => p.status !== "working" && !before.includes(p.userId))) throw new ValidationError({ userIds: "memberLeft" });
    }
    const changes = diffFields({ technicianIds: before }, { technicianIds: userIds });
    if (!changes.technicianIds) return;
    await t.db.delete(customerTechnicians).where(t.where(customerTechnicians, eq(customerTechnicians.customerId, customerId)));
    if (userIds.length) await t.db.insert(customerTechnicians).values(userIds.map((userId) => t.values({ customerId, userId })));
    await recordActivity(ctx, t, { kind: "customer.updated", entityId: customerId, customerId, summary: customer.name, changes });
  });
}
