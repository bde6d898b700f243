import "server-only";
import { eq } from "drizzle-orm";
import { memberProfiles, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { customerTechnicianIds } from "./customer-technician-ids";

/**
 * The customer's authorised technicians (T5) and, for the picker, every member flagged technician.
 * Someone authorised and later unflagged is still in `chosen` but not offered: the next save drops them.
 */
export async function listCustomerTechnicians(ctx: OrgContext, input: { customerId: string }) {
  requirePermission(ctx, "customers.view");
  const [chosen, technicians] = await Promise.all([
    customerTechnicianIds(ctx.t, input.customerId),
    ctx.t.db
      .select({ id: users.id, name: users.name })
      .from(memberProfiles)
      .innerJoin(users, eq(users.id, memberProfiles.userId))
      // Technicians who left (SPEC T8) are not offered; one still authorised drops out at the next save.
      .where(ctx.t.where(memberProfiles, eq(memberProfiles.technician, true), eq(memberProfiles.employmentStatus, "working")))
      .orderBy(users.name),
  ]);
  return { chosen, technicians };
}
