import "server-only";
import { eq } from "drizzle-orm";
import { customerTechnicians } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";

/** The customer's authorised technicians' user ids, sorted. */
export async function customerTechnicianIds(t: Tenant, customerId: string) {
  const rows = await t.db
    .select({ userId: customerTechnicians.userId })
    .from(customerTechnicians)
    .where(t.where(customerTechnicians, eq(customerTechnicians.customerId, customerId)));
  return rows.map((r) => r.userId).sort();
}
