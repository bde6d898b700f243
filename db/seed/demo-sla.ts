import { count, eq, sql } from "drizzle-orm";
import { contracts, customers, picklistItems, slaPolicies } from "@/db/schema";
import { workingIntervalsOn } from "@/lib/calendars/calendar";
import { addCivilDays, civilDateOf, formatCivilDate } from "@/lib/calendars/civil-date";
import { listBusinessCalendars } from "@/lib/calendars/list-business-calendars";
import type { BusinessCalendar } from "@/lib/calendars/schemas";
import { now, setClock } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { assignEmployees } from "@/lib/service/assign";
import { changeServiceStatus } from "@/lib/service/change-status";
import { completeService } from "@/lib/service/complete";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { toBusinessCalendar } from "@/lib/sla/internal";
import { setSlaPolicy } from "@/lib/sla/set-sla-policy";

const MINUTE = 60_000;
const HOUR = 60;

/** Business minutes per priority (its English label, db/seed/demo-service.ts): first response, resolution. */
const TARGETS: Record<string, { firstResponse: number; resolution: number }> = {
  Urgent: { firstResponse: 30, resolution: 4 * HOUR },
  High: { firstResponse: 1 * HOUR, resolution: 8 * HOUR },
  Normal: { firstResponse: 4 * HOUR, resolution: 18 * HOUR },
  Low: { firstResponse: 8 * HOUR, resolution: 45 * HOUR },
};

/**
 * A record's life in business minutes before the seed runs: opened `opened` ago, then each step
 * `after` minutes after the opening. Steps: assigned to the technician, work started (the first
 * response), waiting for the customer (the clock pauses), completed (the clock stops).
 */
type Step = { after: number; to: "assigned" | "in_progress" | "waiting_for_customer" | "completed" };
type Plan = { contract: 0 | 1; priority: keyof typeof TARGETS; subject: string; opened: number; steps: Step[] };
const PLANS: Plan[] = [
  // Breached 1 h 30 min ago (Urgent resolves in 4 h), past its escalation an hour after the deadline.
  {
    contract: 0,
    priority: "Urgent",
    subject: "Sunucu odası klima arızası",
    opened: 5 * HOUR + 30,
    steps: [{ after: 20, to: "assigned" }],
  },
  // Near breach: 7 h 10 min of 8 h gone, past the 80 % warning.
  {
    contract: 0,
    priority: "High",
    subject: "POS terminalleri bağlantı kopuyor",
    opened: 7 * HOUR + 10,
    steps: [
      { after: 15, to: "assigned" },
      { after: 45, to: "in_progress" },
    ],
  },
  // Paused since 2 h ago: waiting for the customer's answer.
  {
    contract: 0,
    priority: "High",
    subject: "Yedekleme raporu hata veriyor",
    opened: 4 * HOUR,
    steps: [
      { after: 10, to: "assigned" },
      { after: 30, to: "in_progress" },
      { after: 2 * HOUR, to: "waiting_for_customer" },
    ],
  },
  // On track.
  { contract: 0, priority: "Normal", subject: "Kamera kayıtlarında boşluk", opened: 3 * HOUR, steps: [] },
  // Met: resolved in 5 h of its 8.
  {
    contract: 0,
    priority: "High",
    subject: "Kart okuyucu kapıyı açmıyor",
    opened: 2 * 9 * HOUR + 3 * HOUR,
    steps: [
      { after: 20, to: "assigned" },
      { after: 40, to: "in_progress" },
      { after: 5 * HOUR, to: "completed" },
    ],
  },
  // Near breach under the second contract: 3 h 20 min of Urgent's 4 h.
  {
    contract: 1,
    priority: "Urgent",
    subject: "Yangın paneli sürekli alarm veriyor",
    opened: 3 * HOUR + 20,
    steps: [
      { after: 10, to: "assigned" },
      { after: 25, to: "in_progress" },
    ],
  },
  { contract: 1, priority: "Low", subject: "Yeni personel için kart tanımı", opened: 1 * HOUR, steps: [] },
  // Missed: resolved after 21 h of Normal's 18.
  {
    contract: 1,
    priority: "Normal",
    subject: "Alarm merkezine sinyal gitmiyor",
    opened: 5 * 9 * HOUR,
    steps: [
      { after: 2 * HOUR, to: "assigned" },
      { after: 3 * HOUR, to: "in_progress" },
      { after: 21 * HOUR, to: "completed" },
    ],
  },
];

/** The instant `minutes` business minutes before `to` (the walk of addBusinessMinutes, backwards). */
function businessMinutesBefore(calendar: BusinessCalendar, to: Date, minutes: number): Date {
  let remaining = minutes * MINUTE;
  let day = civilDateOf(to, calendar.timeZone);
  for (let walked = 0; walked < 400; walked++, day = addCivilDays(day, -1)) {
    for (const { start, end } of [...workingIntervalsOn(calendar, day)].reverse()) {
      const stop = Math.min(end, to.getTime());
      if (stop <= start) continue;
      if (remaining <= stop - start) return new Date(stop - remaining);
      remaining -= stop - start;
    }
  }
  throw new Error("The calendar has no working time in the last 400 days");
}

/**
 * Issue 11's SLAs in the demo org: a policy on each SLA contract (the org's default 09:00–18:00
 * Monday–Friday calendar, targets per priority, the waiting statuses pause, warning at 80 %, an
 * escalation to the service manager an hour after the deadline), and records of those customers
 * opened in the last days — running, paused, near breach, breached, met and missed — so the list's
 * time-left column, the record's SLA card and the SLA report show real figures. Every record goes
 * through the verbs at the moment it happened (the clock is set back for each step), so its clock
 * log is the one the app would have written. Once: a demo org with any policy keeps it.
 */
export async function seedDemoSla(orgSlug: string, people: { admin: string; technician: string; manager: string }) {
  const admin = await loadOrgContext(people.admin, orgSlug);
  const technician = await loadOrgContext(people.technician, orgSlug);
  const { t } = admin;
  const [existing] = await t.db.select({ n: count() }).from(slaPolicies).where(t.where(slaPolicies));
  if ((existing?.n ?? 0) > 0) return 0;

  const slaContracts = await t.db
    .select({ id: contracts.id, customerId: contracts.customerId, email: customers.email })
    .from(contracts)
    .innerJoin(picklistItems, t.where(picklistItems, eq(picklistItems.id, contracts.typeId)))
    .innerJoin(customers, t.where(customers, eq(customers.id, contracts.customerId)))
    .where(t.where(contracts, eq(picklistItems.list, "contract_type"), eq(picklistItems.key, "sla")))
    .orderBy(contracts.startsOn);
  const [calendarRow] = await listBusinessCalendars(admin);
  if (!slaContracts.length || !calendarRow) return 0;
  const priorityRows = await t.db
    .select({ id: picklistItems.id, labels: picklistItems.labels })
    .from(picklistItems)
    .where(t.where(picklistItems, eq(picklistItems.list, "priority")));
  const priorityId = (label: string) => priorityRows.find((row) => row.labels.en === label)?.id;
  const [repair] = await t.db
    .select({ id: picklistItems.id })
    .from(picklistItems)
    .where(t.where(picklistItems, eq(picklistItems.list, "service_type"), sql`${picklistItems.labels}->>'en' = 'Repair'`));
  const targets = Object.fromEntries(Object.entries(TARGETS).flatMap(([label, target]) => (priorityId(label) ? [[priorityId(label)!, target]] : [])));

  for (const contract of slaContracts) {
    await setSlaPolicy(admin, {
      contractId: contract.id,
      calendarId: calendarRow.id,
      targets,
      pauseStatuses: ["waiting_for_customer", "waiting_for_parts"],
      warnPercent: 80,
      escalations: [{ offsetMinutes: 60, action: "notify_person", userId: people.manager }],
    });
  }

  const calendar = toBusinessCalendar(calendarRow);
  const seededAt = now();
  let made = 0;
  try {
    for (const plan of PLANS) {
      const contract = slaContracts[plan.contract] ?? slaContracts[0]!;
      const opened = businessMinutesBefore(calendar, seededAt, plan.opened);
      const at = (after: number) => setClock(businessMinutesBefore(calendar, seededAt, plan.opened - after));
      setClock(opened);
      const { id } = await createServiceRecord(admin, {
        customerId: contract.customerId,
        priorityId: priorityId(plan.priority) ?? null,
        serviceTypeId: repair?.id ?? null,
        requestDate: formatCivilDate(civilDateOf(opened, admin.org.timeZone)),
        subjectKind: "text",
        subject: plan.subject,
        description: "Müşteri SLA hattından aradı.",
      });
      made++;
      for (const step of plan.steps) {
        at(step.after);
        await moveTo(step.to, { admin, technician }, { id, technician: people.technician, email: contract.email });
      }
    }
  } finally {
    setClock(null);
  }
  return made;
}

async function moveTo(
  to: Step["to"],
  as: { admin: OrgContext; technician: OrgContext },
  record: { id: string; technician: string; email: string | null },
) {
  if (to === "assigned") return assignEmployees(as.admin, { id: record.id, userIds: [record.technician] });
  if (to === "completed") {
    const email = record.email ?? "musteri@example.test";
    return completeService(as.technician, { id: record.id, email, result: "Arıza giderildi, sistem test edildi.", fee: "" });
  }
  return changeServiceStatus(as.technician, { id: record.id, status: to });
}
