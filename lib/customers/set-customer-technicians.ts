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
 * working members flagged technician can be chosen: for anyone else the list would grant nothing.
 */
export async function setCustomerTechnicians(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "customers.update");
  const { customerId, userIds } = parseInput(customerTechniciansSchema, input);
  await ctx.t.transaction(async (t) => {
    // The lock orders concurrent saves of the same customer: the second diffs against the first.
    const customer = await getCustomerInOrgOrThrow(t, customerId, { lock: true });
    if (userIds.length) {
      const technicians = await t.db
        .select({ userId: memberProfiles.userId })
        .from(memberProfiles)
        .where(
          t.where(
            memberProfiles,
            inArray(memberProfiles.userId, userIds),
            eq(memberProfiles.technician, true),
            eq(memberProfiles.employmentStatus, "working"),
          ),
        );
      if (technicians.length !== userIds.length) throw new ValidationError({ userIds: "notTechnician" });
    }
    const changes = diffFields({ technicianIds: await customerTechnicianIds(t, customerId) }, { technicianIds: userIds });
    if (!changes.technicianIds) return;
    await t.db.delete(customerTechnicians).where(t.where(customerTechnicians, eq(customerTechnicians.customerId, customerId)));
    if (userIds.length) await t.db.insert(customerTechnicians).values(userIds.map((userId) => t.values({ customerId, userId })));
    await recordActivity(ctx, t, { kind: "customer.updated", entityId: customerId, customerId, summary: customer.name, changes });
  });
}
