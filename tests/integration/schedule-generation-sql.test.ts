import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, businessCalendars, picklistItems, serviceRecords, slaEvents } from "@/db/schema";
import { createBusinessCalendar } from "@/lib/calendars/create-business-calendar";
import { setClock } from "@/lib/clock";
import { createContract } from "@/lib/contracts/create-contract";
import { createCustomer } from "@/lib/customers/create-customer";
import { systemContext } from "@/lib/jobs/system-context";
import { addPicklistItem } from "@/lib/picklists/manage-picklist";
import { createSchedule } from "@/lib/schedules/create-schedule";
import { generateScheduleOccurrences } from "@/lib/schedules/generate-occurrences";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { setSlaPolicy } from "@/lib/sla/set-sla-policy";
import { addMember, createOrg } from "./factories";
import { closeConnections, emailsTo } from "./helpers";
import { recordSql } from "./sql-recorder";

// Filing a service record is the step a maintenance schedule's generator repeats for every visit
// (5,000 schedules: 5,000 runs a month), and what a typed record with an assignee does: each row
// it needs is read once. These budgets hold the statement counts where the change of issue 12
// brought them (from 33 and 23); the rows written are checked beside them.

type Org = Awaited<ReturnType<typeof createOrg>>;
let a: Org;
let tech: Awaited<ReturnType<typeof addMember>>;
let serviceTypeId: string;
let recorder: ReturnType<typeof recordSql>;

async function customer(name: string) {
  return (await createCustomer(a.ctx, { name, type: "customer", status: "active", contact: { name: "Ayşe" } })).id;
}

async function feedOf(recordId: string) {
  const rows = await db
    .select({ kind: activities.kind })
    .from(activities)
    .where(and(eq(activities.orgId, a.orgId), eq(activities.entityId, recordId)));
  return rows.map((r) => r.kind).sort();
}

async function recordOf(id: string) {
  const [row] = await db.select().from(serviceRecords).where(eq(serviceRecords.id, id));
  return row!;
}

beforeAll(async () => {
  recorder = recordSql();
  setClock(new Date("2027-01-01T09:00:00Z"));
  a = await createOrg("Filing SQL");
  tech = await addMember(a, "contribute");
  const [row] = await db
    .select({ id: picklistItems.id })
    .from(picklistItems)
    .where(and(eq(picklistItems.orgId, a.orgId), eq(picklistItems.list, "service_type"), eq(picklistItems.key, "scheduled_service")));
  serviceTypeId = row!.id;
});
afterAll(async () => {
  setClock(null);
  await closeConnections();
});

describe("filing a service record", () => {
  it("a schedule's visit (with a calendar) takes at most 16 statements and is filed assigned, e-mailed and in the feed", async () => {
    setClock(new Date("2027-01-01T09:00:00Z"));
    const customerId = await customer("Ölçü Klima");
    const [calendar] = await db
      .select({ id: businessCalendars.id })
      .from(businessCalendars)
      .where(and(eq(businessCalendars.orgId, a.orgId), eq(businessCalendars.isDefault, true)));
    const { id } = await createSchedule(a.ctx, {
      customerId,
      title: "Ölçülü bakım",
      kind: "monthly_day",
      day: "12",
      interval: "1",
      firstDate: "2027-01-12",
      leadDays: "3",
      technicianIds: [tech.userId],
      serviceTypeId,
      calendarId: calendar!.id,
    });
    setClock(new Date("2027-01-09T12:00:00Z"));
    const ctx = await systemContext(a.orgId, "schedule-occurrences");
    let created = 0;
    const statements = await recorder.during(async () => {
      created = (await generateScheduleOccurrences(ctx, { scheduleId: id })).created;
    });
    expect(created).toBe(1);
    expect(statements.length).toBeLessThanOrEqual(16);
    const [record] = await db.select().from(serviceRecords).where(eq(serviceRecords.customerId, customerId));
    expect(record).toMatchObject({ status: "assigned", version: 2, subject: "Ölçülü bakım" });
    expect(await feedOf(record!.id)).toEqual(["service.assigned", "service.created", "service.statusChanged"]);
    expect((await emailsTo(tech.email)).filter((m) => m.text.includes("Ölçülü bakım"))).toHaveLength(1);
  });

  it("a typed record with an assignee takes at most 12 statements and writes what it did before", async () => {
    setClock(new Date("2027-01-07T12:00:00Z"));
    const customerId = await customer("El Yazısı Ltd");
    let id = "";
    const statements = await recorder.during(async () => {
      id = (
        await createServiceRecord(a.ctx, {
          customerId,
          requestDate: "2027-01-07",
          subjectKind: "text",
          subject: "Elle açılan",
          assigneeIds: [tech.userId],
        })
      ).id;
    });
    expect(statements.length).toBeLessThanOrEqual(12);
    expect(await recordOf(id)).toMatchObject({ status: "assigned", version: 2 });
    expect(await feedOf(id)).toEqual(["service.assigned", "service.created", "service.statusChanged"]);
    const [mail] = (await emailsTo(tech.email)).filter((m) => m.text.includes("Elle açılan"));
    expect(mail?.text).toContain("El Yazısı Ltd");
  });

  it("under an SLA and an OLA contract both clocks start, and both log the move to assigned", async () => {
    setClock(new Date("2027-01-04T10:00:00Z"));
    const customerId = await customer("Çift Sözleşme AŞ");
    const high = (await addPicklistItem(a.ctx, { list: "priority", labels: { en: "High", tr: "Yüksek", ro: "Ridicată" } })).id;
    const hours = { start: "09:00", end: "18:00" };
    const week = { mon: [hours], tue: [hours], wed: [hours], thu: [hours], fri: [hours], sat: [], sun: [] };
    const calendarId = (
      await createBusinessCalendar(a.ctx, { name: "Mesai", timeZone: a.ctx.org.timeZone, hours: week, holidays: [], country: "", isDefault: false })
    ).id;
    for (const kind of ["sla", "ola"] as const) {
      const [type] = await db
        .select({ id: picklistItems.id })
        .from(picklistItems)
        .where(and(eq(picklistItems.orgId, a.orgId), eq(picklistItems.list, "contract_type"), eq(picklistItems.key, kind)));
      const contract = await createContract(a.ctx, {
        customerId,
        typeId: type!.id,
        name: `${kind} 2027`,
        startsOn: "2027-01-01",
        endsOn: "2027-12-31",
      });
      await setSlaPolicy(a.ctx, {
        contractId: contract.id,
        calendarId,
        targets: [{ priorityId: high, firstResponse: { hours: "1", minutes: "" }, resolution: { hours: "4", minutes: "" } }],
        pauseStatuses: [],
        warnPercent: "80",
        escalations: [],
      });
    }
    const { id } = await createServiceRecord(a.ctx, {
      customerId,
      priorityId: high,
      requestDate: "2027-01-04",
      subjectKind: "text",
      subject: "İki saat",
      assigneeIds: [tech.userId],
    });
    const log = await db
      .select({ clock: slaEvents.clock, kind: slaEvents.kind, data: slaEvents.data })
      .from(slaEvents)
      .where(eq(slaEvents.recordId, id))
      .orderBy(asc(slaEvents.seq));
    for (const clock of ["sla", "ola"] as const) {
      const events = log.filter((e) => e.clock === clock);
      expect(events.map((e) => e.kind)).toEqual(["started", "status_changed"]);
      expect(events[1]!.data).toMatchObject({ status: "assigned" });
    }
    // The list's cached columns follow the SLA clock, rewritten after the move.
    expect((await recordOf(id)).slaDueAt?.toISOString()).toBe("2027-01-04T14:00:00.000Z");
  });
});
