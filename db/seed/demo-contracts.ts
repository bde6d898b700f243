import { count, eq } from "drizzle-orm";
import { contracts, customers, picklistItems } from "@/db/schema";
import { addCivilDays, formatCivilDate, parseCivilDate } from "@/lib/calendars/civil-date";
import { now } from "@/lib/clock";
import { createContract } from "@/lib/contracts/create-contract";
import { todayIn } from "@/lib/contracts/today";
import { loadOrgContext } from "@/lib/orgs/load-org-context";

/**
 * A few contracts in the demo org (issue 11), through the verb so the customers' status moves and
 * feed rows are real: two SLAs in force (db/seed/demo-sla.ts gives them policies and records), a
 * maintenance contract expiring soon, an expired sales contract and a draft order. Dates are relative to today, so the states stay true on any day.
 */
export async function seedDemoContracts(orgSlug: string, adminId: string) {
  const admin = await loadOrgContext(adminId, orgSlug);
  const { t } = admin;
  const [existing] = await t.db.select({ n: count() }).from(contracts).where(t.where(contracts));
  if ((existing?.n ?? 0) > 0) return 0;
  const types = await t.db
    .select({ id: picklistItems.id, key: picklistItems.key })
    .from(picklistItems)
    .where(t.where(picklistItems, eq(picklistItems.list, "contract_type")));
  const type = (key: string) => types.find((row) => row.key === key)?.id;
  const today = parseCivilDate(todayIn(admin.org.timeZone, now()));
  const day = (days: number) => formatCivilDate(addCivilDays(today, days));
  const plans = [
    { type: "sla", name: "SLA — öncelikli destek", startsOn: day(-120), endsOn: day(245), renewalMonths: 12, autoRenew: true, notifyBeforeDays: 30 },
    { type: "maintenance", name: "Yıllık bakım sözleşmesi", startsOn: day(-355), endsOn: day(10), renewalMonths: 12, notifyBeforeDays: 30 },
    { type: "sales", name: "Donanım satış sözleşmesi", startsOn: day(-400), endsOn: day(-35), notifyBeforeDays: 30 },
    { type: "order", name: "Sipariş çerçeve sözleşmesi (taslak)", startsOn: "", endsOn: "", notifyBeforeDays: 30 },
    { type: "sla", name: "SLA — standart destek", startsOn: day(-60), endsOn: day(305), renewalMonths: 12, autoRenew: true, notifyBeforeDays: 30 },
  ];
  const some = await t.db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(t.where(customers))
    .orderBy(customers.name)
    .offset(1)
    .limit(plans.length);
  let made = 0;
  for (const [i, plan] of plans.entries()) {
    const customer = some[i];
    const typeId = type(plan.type);
    if (!customer || !typeId) continue;
    await createContract(admin, { ...plan, customerId: customer.id, typeId, noticeDays: 30, notifyAfterDays: 7 });
    made++;
  }
  return made;
}
