import "server-only";
import { eq, inArray, ne, type SQL } from "drizzle-orm";
import { memberProfiles, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { customerTechnicianIds } from "./customer-technician-ids";

/**
 * The customer's authorised technicians (T5) and, for the picker, every working member flagged
 * technician. Someone authorised and later unflagged is still in `chosen` but not offered: the next
 * save drops them. Someone authorised who has since left (T8) is not offered either but is listed
 * in `left`, by name: they stay authorised until handed over, and the picker keeps them.
 */
export async function listCustomerTechnicians(ctx: OrgContext, input: { customerId: string }) {
  requirePermission(ctx, "customers.view");
  const technicianProfile = (...extra: SQL[]) =>
    ctx.t.db
      .select({ id: users.id, name: users.name })
      .from(memberProfiles)
      .innerJoin(users, eq(users.id, memberProfiles.userId))
      .where(ctx.t.where(memberProfiles, eq(memberProfiles.technician, true), ...extra))
      .orderBy(users.name);
  const [chosen, technicians] = await Promise.all([
    customerTechnicianIds(ctx.t, input.customerId),
    technicianProfile(eq(memberProfiles.employmentStatus, "working")),
  ]);
  const left = chosen.length ? await technicianProfile(inArray(memberProfiles.userId, chosen), ne(memberProfiles.employmentStatus, "working")) : [];
  return { chosen, technicians, left };
}
