import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { memberProfiles, picklistItems } from "@/db/schema";
import { createBusinessCalendar } from "@/lib/calendars/create-business-calendar";
import { instantAt, parseCivilDate } from "@/lib/calendars/civil-date";
import { setClock } from "@/lib/clock";
import { createContract } from "@/lib/contracts/create-contract";
import { createCustomer } from "@/lib/customers/create-customer";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { addPicklistItem } from "@/lib/picklists/manage-picklist";
import { exportSlaReport } from "@/lib/reports/export-sla-report";
import { slaReport } from "@/lib/reports/sla-report";
import { slaGroupLabel } from "@/lib/reports/sla-report-label";
import { assignEmployees } from "@/lib/service/assign";
import { changeServiceStatus } from "@/lib/service/change-status";
import { completeService } from "@/lib/service/complete";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { setSlaPolicy } from "@/lib/sla/set-sla-policy";
import { messagesFor } from "@/lib/i18n/messages";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// Issue 11 item 7. Europe/Istanbul (UTC+3 all year), Monday–Friday 09:00–18:00, High: first
// response 1 business hour, resolution 4. Five records with known outcomes, read on Monday
// 5 April 2027 12:00:
//   March  R1 (Güneş)  response 30 min (met), resolved in 180 (met)          — technician T1
//          R2 (Güneş)  response 90 min (missed), resolved in 360 (missed)    — technician T1
//          R3 (Güneş)  response 15 (met); 4 h waiting for the customer; resolved in 120 running (met) — T2
//   April  R4 (Ay)     response 45 (met); still in progress, due 14:00: no resolution outcome yet
//          R5 (Ay)     untouched since Thursday 10:00: both targets breached

type Org = Awaited<ReturnType<typeof createOrg>>;
let a: Org;
let b: Org;
let t1: Awaited<ReturnType<typeof addMember>>;
let t2: Awaited<ReturnType<typeof addMember>>;
let gunes: string;
let ay: string;
let gunesContract: string;
let high: string;
const ZONE = "Europe/Istanbul";
const RANGE = { from: "2027-03-01", to: "2027-04-30" };

function at(date: string, time: string) {
  const [h, m] = time.split(":").map(Number);
  return new Date(instantAt(parseCivilDate(date), h! * 60 + m!, ZONE));
}

async function record(date: string, time: string, customerId: string, subject: string, moves: [string, string][], assignee?: string) {
  setClock(at(date, time));
  const { id } = await createServiceRecord(a.ctx, { customerId, priorityId: high, requestDate: date, subjectKind: "text", subject });
  if (assignee) await assignEmployees(a.ctx, { id, userIds: [assignee] });
  for (const [when, status] of moves) {
    setClock(at(date, when));
    if (status === "completed") await completeService(a.ctx, { id, email: "musteri@ornek.test", result: "Tamam" });
    else await changeServiceStatus(a.ctx, { id, status });
  }
  return id;
}

async function contractFor(customerId: string, name: string, calendarId: string, slaType: string) {
  setClock(at("2027-01-04", "10:00"));
  const { id } = await createContract(a.ctx, { customerId, typeId: slaType, name, startsOn: "2027-01-01", endsOn: "2027-12-31" });
  await setSlaPolicy(a.ctx, {
    contractId: id,
    calendarId,
    targets: [{ priorityId: high, firstResponse: { hours: "1", minutes: "" }, resolution: { hours: "4", minutes: "" } }],
    pauseStatuses: ["waiting_for_customer", "waiting_for_parts"],
    warnPercent: "80",
    escalations: [],
  });
  return id;
}

async function technician(name: string) {
  const member = await addMember(a, "contribute");
  await db.insert(memberProfiles).values({ orgId: a.orgId, userId: member.userId, technician: true });
  return { ...member, ctx: await loadOrgContext(member.userId, a.orgSlug), name };
}

beforeAll(async () => {
  a = await createOrg("SLA Rapor A");
  b = await createOrg("SLA Rapor B");
  expect(a.ctx.org.timeZone).toBe(ZONE);
  high = (await addPicklistItem(a.ctx, { list: "priority", labels: { en: "High", tr: "Yüksek", ro: "Ridicată" } })).id;
  const customer = async (name: string) =>
    (await createCustomer(a.ctx, { name, type: "customer", status: "first_contact", contact: { name: `${name} Kişi` } })).id;
  gunes = await customer("Güneş Optik");
  ay = await customer("Ay Kırtasiye");
  const hours = [{ start: "09:00", end: "18:00" }];
  const week = { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours, sat: [], sun: [] };
  const calendarId = (await createBusinessCalendar(a.ctx, { name: "Ofis", timeZone: ZONE, hours: week, holidays: [], country: "", isDefault: false }))
    .id;
  const [slaType] = await db
    .select({ id: picklistItems.id })
    .from(picklistItems)
    .where(and(eq(picklistItems.orgId, a.orgId), eq(picklistItems.list, "contract_type"), eq(picklistItems.key, "sla")));
  gunesContract = await contractFor(gunes, "Güneş SLA 2027", calendarId, slaType!.id);
  await contractFor(ay, "Ay SLA 2027", calendarId, slaType!.id);
  t1 = await technician("T1");
  t2 = await technician("T2");

  await record(
    "2027-03-09",
    "10:00",
    gunes,
    "R1",
    [
      ["10:30", "in_progress"],
      ["13:00", "completed"],
    ],
    t1.userId,
  );
  await record(
    "2027-03-10",
    "10:00",
    gunes,
    "R2",
    [
      ["11:30", "in_progress"],
      ["16:00", "completed"],
    ],
    t1.userId,
  );
  await record(
    "2027-03-11",
    "10:00",
    gunes,
    "R3",
    [
      ["10:15", "in_progress"],
      ["11:00", "waiting_for_customer"],
      ["15:00", "in_progress"],
      ["16:00", "completed"],
    ],
    t2.userId,
  );
  await record("2027-04-05", "10:00", ay, "R4", [["10:45", "in_progress"]]);
  await record("2027-04-01", "10:00", ay, "R5", []);
});

// Every reading is as of Monday 5 April 12:00.
afterEach(() => setClock(at("2027-04-05", "12:00")));
afterAll(async () => {
  setClock(null);
  await closeConnections();
});

function figures(rows: Awaited<ReturnType<typeof slaReport>>["rows"]) {
  return rows.map((r) => [r.records, r.firstResponsePercent, r.resolutionPercent, r.medianFirstResponse, r.medianResolution]);
}

const MARCH = [3, 66.7, 66.7, 30, 180];
const APRIL = [2, 50, 0, 45, null];

describe("SLA report", () => {
  it("groups by month in the org's time zone with exact percentages and medians", async () => {
    setClock(at("2027-04-05", "12:00"));
    const report = await slaReport(a.ctx, { ...RANGE, groupBy: "month" });
    expect(report.rows.map((r) => r.key)).toEqual(["2027-03", "2027-04"]);
    expect(figures(report.rows)).toEqual([MARCH, APRIL]);
    // The open, not-yet-due resolution of R4 is a record but not judged.
    expect(report.rows[1]).toMatchObject({ resolutionJudged: 1, firstResponseJudged: 2 });
    expect(report.total).toMatchObject({
      records: 5,
      firstResponsePercent: 60,
      resolutionPercent: 50,
      medianFirstResponse: 38,
      medianResolution: 180,
    });
    // 15, 30, 45, 90 minutes: the mean of the middle two, 37.5, rounds to 38.
  });

  it("groups by customer, contract and technician", async () => {
    const byCustomer = await slaReport(a.ctx, { ...RANGE, groupBy: "customer" }, { locale: "tr" });
    // Turkish collation: "Ay" before "Güneş".
    expect(byCustomer.rows.map((r) => r.label)).toEqual(["Ay Kırtasiye", "Güneş Optik"]);
    expect(figures(byCustomer.rows)).toEqual([APRIL, MARCH]);

    const byContract = await slaReport(a.ctx, { ...RANGE, groupBy: "contract" });
    expect(byContract.rows.map((r) => r.label)).toEqual(["Ay SLA 2027", "Güneş SLA 2027"]);
    expect(figures(byContract.rows)).toEqual([APRIL, MARCH]);

    const byTechnician = await slaReport(a.ctx, { ...RANGE, groupBy: "technician" });
    const row = (key: string) => byTechnician.rows.find((r) => r.key === key);
    expect(figures([row(t1.userId)!, row(t2.userId)!, row("none")!])).toEqual([[2, 50, 50, 60, 270], [1, 100, 100, 15, 120], APRIL]);
  });

  it("filters by customer, contract and technician, and by the range", async () => {
    expect(figures((await slaReport(a.ctx, { ...RANGE, groupBy: "month", customerId: ay })).rows)).toEqual([APRIL]);
    expect(figures((await slaReport(a.ctx, { ...RANGE, groupBy: "month", contractId: gunesContract })).rows)).toEqual([MARCH]);
    expect(figures((await slaReport(a.ctx, { ...RANGE, groupBy: "month", technicianId: t1.userId })).rows)).toEqual([[2, 50, 50, 60, 270]]);
    // R5 started on 1 April 10:00 Istanbul (07:00 UTC); a range from 2 April leaves only R4.
    expect((await slaReport(a.ctx, { from: "2027-04-02", to: "2027-04-30", groupBy: "month" })).total?.records).toBe(1);
  });

  it("needs a range of at most 12 months", async () => {
    const tooLong = await caught(slaReport(a.ctx, { from: "2026-04-01", to: "2027-04-01" }), ValidationError);
    expect(tooLong.fieldErrors).toEqual({ to: "rangeTooLong" });
    expect((await slaReport(a.ctx, { from: "2026-04-02", to: "2027-04-01" })).total?.records).toBe(3 + 1);
    expect(Object.keys((await caught(slaReport(a.ctx, { to: "2027-04-01" }), ValidationError)).fieldErrors)).toEqual(["from"]);
  });

  it("shows another org nothing and refuses a member without reports", async () => {
    const other = await slaReport(b.ctx, { ...RANGE, groupBy: "customer" });
    expect(other.rows).toEqual([]);
    expect(other.total).toBeNull();
    const none = await addMember(a, "none");
    await caught(slaReport(none.ctx, RANGE), ForbiddenError);
    await caught(exportSlaReport(none.ctx, RANGE, { locale: "en" }), ForbiddenError);
  });

  it("covers only a technician's visible records", async () => {
    const mine = await slaReport(t1.ctx, { ...RANGE, groupBy: "month" });
    expect(figures(mine.rows)).toEqual([[2, 50, 50, 60, 270]]);
    const theirs = await slaReport(t2.ctx, { ...RANGE, groupBy: "customer" });
    // An assignee reaches the record, not its customer: the group is there, its name is not.
    expect(theirs.rows.map((r) => [r.key, r.label])).toEqual([[gunes, null]]);
    expect(figures(theirs.rows)).toEqual([[1, 100, 100, 15, 120]]);
  });

  it("exports the rows the table shows, then the total", async () => {
    const input = { ...RANGE, groupBy: "customer" };
    const report = await slaReport(a.ctx, input, { locale: "tr" });
    const { table } = await exportSlaReport(a.ctx, input, { locale: "tr" });
    const none = messagesFor("tr").reports.slaReport.none;
    expect(table.rows).toEqual([
      ...report.rows.map((r) => [
        slaGroupLabel(r, "customer", "tr", none),
        r.records,
        r.firstResponsePercent,
        r.firstResponseJudged,
        r.resolutionPercent,
        r.resolutionJudged,
        r.medianFirstResponse,
        r.medianResolution,
      ]),
      ["Tüm kayıtlar", 5, 60, 5, 50, 4, 38, 180],
    ]);
    expect(table.rows[0]).toEqual(["Ay Kırtasiye", ...APRIL.slice(0, 2), 2, 0, 1, 45, null]);
    expect(table.fileName).toBe("sla-raporu-2027-03-01-2027-04-30");
  });
});
