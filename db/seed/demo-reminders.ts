import { asc, count } from "drizzle-orm";
import { customers, reminders } from "@/db/schema";
import { now, setClock } from "@/lib/clock";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { createReminder } from "@/lib/reminders/create-reminder";

const HOUR = 3_600_000;

/**
 * Issue 13's reminders (SPEC W6) in the demo org, through the verb: one the technician wrote for
 * the admin that is already due (its banner greets the admin on sign-in), and one the admin wrote
 * for both about the first customer, due in two days (its e-mail leaves the day before). Once: a
 * demo org with any reminder keeps its own.
 */
export async function seedDemoReminders(orgSlug: string, people: { admin: string; technician: string }) {
  const admin = await loadOrgContext(people.admin, orgSlug);
  const technician = await loadOrgContext(people.technician, orgSlug);
  const { t } = admin;
  const [existing] = await t.db.select({ n: count() }).from(reminders).where(t.where(reminders));
  if ((existing?.n ?? 0) > 0) return 0;
  const [first] = await t.db.select({ id: customers.id }).from(customers).where(t.where(customers)).orderBy(asc(customers.name)).limit(1);
  const seededAt = now().getTime();
  try {
    setClock(new Date(seededAt - 30 * HOUR));
    await createReminder(technician, {
      body: "Kamera kaydı için yedek diski bugün sipariş et",
      dueAt: new Date(seededAt - HOUR).toISOString(),
      recipientIds: [people.admin],
    });
    setClock(new Date(seededAt));
    await createReminder(admin, {
      body: "Yıllık bakım ziyaretini müşteriyle teyit et",
      dueAt: new Date(seededAt + 48 * HOUR).toISOString(),
      recipientIds: [people.admin, people.technician],
      customerId: first?.id ?? null,
    });
  } finally {
    setClock(null);
  }
  return 2;
}
