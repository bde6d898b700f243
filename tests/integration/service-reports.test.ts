import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { serviceAssignments, serviceRecords, timeEntries, users } from "@/db/schema";
import { createContact } from "@/lib/contacts/create-contact";
import { BOM } from "@/lib/customers/csv";
import { createCustomer } from "@/lib/customers/create-customer";
import { getCustomer } from "@/lib/customers/get-customer";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { ExportResult } from "@/lib/exports/export-table";
import { CSV_SEPARATOR, toCsvFile } from "@/lib/exports/to-csv-file";
import { toXlsxFile } from "@/lib/exports/to-xlsx-file";
import { messagesFor } from "@/lib/i18n/messages";
import { addPicklistItem } from "@/lib/picklists/manage-picklist";
import { customerReport } from "@/lib/reports/customer-report";
import { resolveRange } from "@/lib/reports/date-range";
import { formatDuration } from "@/lib/time-entries/format";
import { exportCustomerReport } from "@/lib/reports/export-customer-report";
import { exportUserReport } from "@/lib/reports/export-user-report";
import { userReport } from "@/lib/reports/user-report";
import { createServiceRecord } from "@/lib/service/create-service-record";
import type { ServiceStatus } from "@/lib/service/status";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;
type Member = Awaited<ReturnType<typeof addMember>>;

const MARCH = { from: "2026-03-01", to: "2026-03-31" };

let a: Org;
let b: Org;
let tech1: Member; // Ayşe: contribute
let tech2: Member; // Bora: contribute
let rejecter: Member; // edit; assigned to R1 but rejected it
let viewer: Member;
let nobody: Member;
let manager: Member; // a member (not admin) with Manage

const ids = {} as {
  customer: string;
  otherCustomer: string;
  customerB: string;
  contact1: string;
  contact2: string;
  install: string;
  remote: string;
  r1: string;
  r2: string;
  r3: string;
  r4: string;
  r5: string;
  other: string;
  recordB: string;
};

async function customer(org: Org, name: string) {
  const { id } = await createCustomer(org.ctx, { name, type: "customer", status: "first_contact", contact: { name: `${name} Yetkili` } });
  return id;
}

async function record(org: Org, customerId: string, requestDate: string, extra: Record<string, unknown> = {}) {
  const { id } = await createServiceRecord(org.ctx, { customerId, requestDate, subject: "Kamera kurulumu", ...extra });
  return id;
}

async function setState(id: string, status: ServiceStatus, approvalScore: number | null = null) {
  await db.update(serviceRecords).set({ status, approvalScore }).where(eq(serviceRecords.id, id));
}

/** A stopped run (or a running one when `stop` is null), inserted as the timer verb would store it. */
async function run(org: Org, recordId: string, userId: string, start: string, stop: string | null) {
  await db.insert(timeEntries).values(org.ctx.t.values({ recordId, userId, startedAt: new Date(start), stoppedAt: stop ? new Date(stop) : null }));
}

async function assign(org: Org, recordId: string, userId: string, response: "pending" | "accepted" | "rejected") {
  await db.insert(serviceAssignments).values(org.ctx.t.values({ recordId, userId, response, tokenHash: randomUUID() }));
}

beforeAll(async () => {
  a = await createOrg("Reports A");
  b = await createOrg("Reports B");
  [tech1, tech2, rejecter, viewer, nobody, manager] = [
    await addMember(a, "contribute"),
    await addMember(a, "contribute"),
    await addMember(a, "edit"),
    await addMember(a, "view"),
    await addMember(a, "none"),
    await addMember(a, "manage"),
  ];
  await db.update(users).set({ name: "Ayşe Tekin" }).where(eq(users.id, tech1.userId));
  await db.update(users).set({ name: "Bora Demir" }).where(eq(users.id, tech2.userId));
  await db.update(users).set({ name: "Cem Reddeden" }).where(eq(users.id, rejecter.userId));

  ids.customer = await customer(a, "Işık Güvenlik");
  ids.otherCustomer = await customer(a, "Başka Müşteri");
  ids.customerB = await customer(b, "B Müşterisi");
  ids.contact1 = (await getCustomer(a.ctx, { id: ids.customer })).contacts[0]!.id;
  ids.contact2 = (await createContact(a.ctx, { customerId: ids.customer, name: "Deniz Yıldız" })).id;
  ids.install = (await addPicklistItem(a.ctx, { list: "service_type", labels: { en: "Installation", tr: "Kurulum", ro: "Montaj" } })).id;
  ids.remote = (await addPicklistItem(a.ctx, { list: "service_type", labels: { en: "Remote support", tr: "Uzaktan destek", ro: "" } })).id;

  // R1: approved with 8; two technicians, one colleague who rejected.
  ids.r1 = await record(a, ids.customer, "2026-03-02", { contactId: ids.contact1, serviceTypeId: ids.install, subject: "Install a video camera" });
  await assign(a, ids.r1, tech1.userId, "accepted");
  await assign(a, ids.r1, tech2.userId, "pending");
  await assign(a, ids.r1, rejecter.userId, "rejected");
  await run(a, ids.r1, tech1.userId, "2026-03-02T09:00:00.000Z", "2026-03-02T09:30:00.000Z"); // 1800
  await run(a, ids.r1, tech1.userId, "2026-03-02T10:00:00.000Z", "2026-03-02T10:00:45.000Z"); // 45
  await run(a, ids.r1, tech2.userId, "2026-03-02T11:00:00.000Z", "2026-03-02T12:00:00.000Z"); // 3600
  await setState(ids.r1, "approved", 8);

  // R2: closed with 5; two runs stamped with milliseconds (another path than the timer) floor each.
  ids.r2 = await record(a, ids.customer, "2026-03-15", { contactId: ids.contact2, serviceTypeId: ids.remote, subject: "=SUM(A1)" });
  await run(a, ids.r2, tech1.userId, "2026-03-15T08:00:00.000Z", "2026-03-15T08:10:00.000Z"); // 600
  await run(a, ids.r2, tech1.userId, "2026-03-15T13:00:00.700Z", "2026-03-15T13:00:02.200Z"); // 1.5 → 1
  await run(a, ids.r2, tech1.userId, "2026-03-15T13:00:02.200Z", "2026-03-15T13:00:03.100Z"); // 0.9 → 0
  await setState(ids.r2, "closed", 5);

  // R3: the last day of the range; assigned, no time; completed (a score before approval does not count).
  ids.r3 = await record(a, ids.customer, "2026-03-31", { contactId: ids.contact1, serviceTypeId: ids.install });
  await assign(a, ids.r3, tech2.userId, "accepted");
  await setState(ids.r3, "completed", 10);

  // R4: the day after the range.
  ids.r4 = await record(a, ids.customer, "2026-04-01", { contactId: ids.contact1, serviceTypeId: ids.install });
  await run(a, ids.r4, tech1.userId, "2026-04-01T09:00:00.000Z", "2026-04-01T09:08:20.000Z"); // 500

  // R5: the first day of the range, no service type; one stopped run and one still running.
  ids.r5 = await record(a, ids.customer, "2026-03-01", { contactId: ids.contact2 });
  await run(a, ids.r5, tech2.userId, "2026-03-01T09:00:00.000Z", "2026-03-01T09:02:00.000Z"); // 120
  await run(a, ids.r5, tech2.userId, "2026-03-01T10:00:00.000Z", null);

  // Another customer's record in the same org, and org B's record with an entry naming tech1.
  ids.other = await record(a, ids.otherCustomer, "2026-03-10");
  await run(a, ids.other, tech1.userId, "2026-03-10T09:00:00.000Z", "2026-03-10T09:16:39.000Z"); // 999
  ids.recordB = await record(b, ids.customerB, "2026-03-10");
  await run(b, ids.recordB, tech1.userId, "2026-03-10T09:00:00.000Z", "2026-03-10T19:00:00.000Z");
  await setState(ids.recordB, "approved", 1);
});
afterAll(closeConnections);

describe("report 1: per customer", () => {
  it("lists the range's records with exact totals per service type and per technician and the average score", async () => {
    const report = await customerReport(a.ctx, { customerId: ids.customer, ...MARCH }, { locale: "en" });
    expect(report.customer).toMatchObject({ id: ids.customer, name: "Işık Güvenlik" });
    expect(report.range).toEqual(MARCH);
    expect(report.rows.map((r) => r.id)).toEqual([ids.r3, ids.r2, ids.r1, ids.r5]);
    expect(report.rows.find((r) => r.id === ids.r1)).toMatchObject({
      requestDate: "2026-03-02",
      serviceType: "Installation",
      contact: "Işık Güvenlik Yetkili",
      subject: "Install a video camera",
      status: "approved",
      technicians: ["Ayşe Tekin", "Bora Demir"],
      seconds: 5445,
      score: 8,
    });
    expect(report.rows.find((r) => r.id === ids.r2)).toMatchObject({
      serviceType: "Remote support",
      contact: "Deniz Yıldız",
      seconds: 601,
      technicians: ["Ayşe Tekin"],
    });
    expect(report.rows.find((r) => r.id === ids.r3)).toMatchObject({ seconds: 0, technicians: ["Bora Demir"], score: 10 });
    expect(report.rows.find((r) => r.id === ids.r5)).toMatchObject({ serviceType: null, seconds: 120 });

    expect(report.totals).toEqual({
      records: 4,
      seconds: 6166,
      averageScore: 6.5,
      scoredCount: 2,
      byServiceType: [
        { id: ids.install, label: "Installation", records: 2, seconds: 5445 },
        { id: ids.remote, label: "Remote support", records: 1, seconds: 601 },
        { id: null, label: null, records: 1, seconds: 120 },
      ],
      byTechnician: [
        { userId: tech2.userId, name: "Bora Demir", seconds: 3720 },
        { userId: tech1.userId, name: "Ayşe Tekin", seconds: 2446 },
      ],
    });
    expect(report.truncated).toBe(false);
  });

  it("labels service types in the viewer's language, falling back to English", async () => {
    const report = await customerReport(a.ctx, { customerId: ids.customer, ...MARCH }, { locale: "ro" });
    expect(report.totals.byServiceType.map((r) => r.label)).toEqual(["Montaj", "Remote support", null]);
  });

  it("filters by contact, by service type and by both", async () => {
    const byContact = await customerReport(a.ctx, { customerId: ids.customer, contactId: ids.contact2, ...MARCH });
    expect(byContact.rows.map((r) => r.id)).toEqual([ids.r2, ids.r5]);
    expect(byContact.totals).toMatchObject({ records: 2, seconds: 721, averageScore: 5, scoredCount: 1 });

    const byType = await customerReport(a.ctx, { customerId: ids.customer, serviceTypeId: ids.install, ...MARCH });
    expect(byType.rows.map((r) => r.id)).toEqual([ids.r3, ids.r1]);
    expect(byType.totals.byTechnician).toEqual([
      { userId: tech2.userId, name: "Bora Demir", seconds: 3600 },
      { userId: tech1.userId, name: "Ayşe Tekin", seconds: 1845 },
    ]);

    const none = await customerReport(a.ctx, { customerId: ids.customer, contactId: ids.contact1, serviceTypeId: ids.remote, ...MARCH });
    expect(none.rows).toEqual([]);
    expect(none.totals).toEqual({ records: 0, seconds: 0, averageScore: null, scoredCount: 0, byServiceType: [], byTechnician: [] });
  });

  it("includes both bounds of the range and nothing outside", async () => {
    const lastDay = await customerReport(a.ctx, { customerId: ids.customer, from: "2026-03-31", to: "2026-03-31" });
    expect(lastDay.rows.map((r) => r.id)).toEqual([ids.r3]);
    const firstDay = await customerReport(a.ctx, { customerId: ids.customer, from: "2026-03-01", to: "2026-03-01" });
    expect(firstDay.rows.map((r) => r.id)).toEqual([ids.r5]);
    const inner = await customerReport(a.ctx, { customerId: ids.customer, from: "2026-03-02", to: "2026-03-30" });
    expect(inner.rows.map((r) => r.id)).toEqual([ids.r2, ids.r1]);
    const april = await customerReport(a.ctx, { customerId: ids.customer, from: "2026-04-01", to: "2026-04-30" });
    expect(april.totals).toMatchObject({ records: 1, seconds: 500 });
  });

  it("defaults to the last 90 days in the org's time zone and refuses an inverted range", async () => {
    const report = await customerReport(a.ctx, { customerId: ids.customer }, { now: new Date("2026-04-15T12:00:00Z") });
    expect(report.range).toEqual({ from: "2026-01-16", to: "2026-04-15" });
    expect(report.totals.records).toBe(5);
    // 22:30 UTC on 31 March is already 1 April in Istanbul.
    expect(resolveRange({ from: null, to: null }, "Europe/Istanbul", new Date("2026-03-31T22:30:00Z"))).toEqual({
      from: "2026-01-02",
      to: "2026-04-01",
    });
    const error = await caught(customerReport(a.ctx, { customerId: ids.customer, from: "2026-03-31", to: "2026-03-01" }), ValidationError);
    expect(error.fieldErrors).toEqual({ to: "endBeforeStart" });
  });

  it("keeps the totals whole when the rows are cut at the limit", async () => {
    const report = await customerReport(a.ctx, { customerId: ids.customer, ...MARCH }, { limit: 2 });
    expect(report.rows.map((r) => r.id)).toEqual([ids.r3, ids.r2]);
    expect(report).toMatchObject({ truncated: true, totals: { records: 4, seconds: 6166 } });
  });

  it("never sees another org: its customer is not found and its records are never counted", async () => {
    await caught(customerReport(a.ctx, { customerId: ids.customerB, ...MARCH }), NotFoundError);
    await caught(customerReport(b.ctx, { customerId: ids.customer, ...MARCH }), NotFoundError);
    const reportB = await customerReport(b.ctx, { customerId: ids.customerB, ...MARCH });
    expect(reportB.rows.map((r) => r.id)).toEqual([ids.recordB]);
    expect(reportB.totals).toMatchObject({ records: 1, seconds: 36000, averageScore: 1 });
    // A filter id from another org matches nothing rather than leaking.
    const crossFilter = await customerReport(b.ctx, { customerId: ids.customerB, serviceTypeId: ids.install, ...MARCH });
    expect(crossFilter.totals.records).toBe(0);
  });

  it("is open from View and refused at None", async () => {
    await expect(customerReport(viewer.ctx, { customerId: ids.customer, ...MARCH })).resolves.toMatchObject({ totals: { records: 4 } });
    await caught(customerReport(nobody.ctx, { customerId: ids.customer, ...MARCH }), ForbiddenError);
  });
});

describe("report 2: per user", () => {
  it("shows a user's own records with only their own time", async () => {
    const report = await userReport(tech1.ctx, MARCH, { locale: "en" });
    expect(report).toMatchObject({ user: { id: tech1.userId, name: "Ayşe Tekin" }, isOwn: true, range: MARCH });
    expect(report.rows.map((r) => [r.id, r.seconds])).toEqual([
      [ids.r2, 601],
      [ids.other, 999],
      [ids.r1, 1845],
    ]);
    expect(report.rows.find((r) => r.id === ids.r1)).toMatchObject({
      customer: { id: ids.customer, name: "Işık Güvenlik" },
      serviceType: "Installation",
      score: 8,
    });
    // Org B's ten hours by the same person are not this org's.
    expect(report.totals).toMatchObject({ records: 3, seconds: 3445, averageScore: 6.5, scoredCount: 2 });
    expect(report.totals.byServiceType).toEqual([
      { id: ids.install, label: "Installation", records: 1, seconds: 1845 },
      { id: null, label: null, records: 1, seconds: 999 },
      { id: ids.remote, label: "Remote support", records: 1, seconds: 601 },
    ]);
  });

  it("counts records a user is assigned to without time, but not those they rejected", async () => {
    const report = await userReport(a.ctx, { userId: tech2.userId, ...MARCH });
    expect(report.isOwn).toBe(false);
    expect(report.rows.map((r) => [r.id, r.seconds])).toEqual([
      [ids.r3, 0],
      [ids.r1, 3600],
      [ids.r5, 120],
    ]);
    expect(report.totals).toMatchObject({ records: 3, seconds: 3720 });
    const rejected = await userReport(rejecter.ctx, MARCH);
    expect(rejected.totals).toMatchObject({ records: 0, seconds: 0, averageScore: null });
  });

  it("lets View read only its own report; another user's needs Manage; None gets nothing", async () => {
    await expect(userReport(viewer.ctx, MARCH)).resolves.toMatchObject({ user: { id: viewer.userId }, totals: { records: 0 } });
    await caught(userReport(viewer.ctx, { userId: tech1.userId, ...MARCH }), ForbiddenError);
    await caught(userReport(tech2.ctx, { userId: tech1.userId, ...MARCH }), ForbiddenError);
    await caught(userReport(rejecter.ctx, { userId: tech1.userId, ...MARCH }), ForbiddenError);
    await expect(userReport(manager.ctx, { userId: tech1.userId, ...MARCH })).resolves.toMatchObject({ totals: { seconds: 3445 } });
    await caught(userReport(nobody.ctx, MARCH), ForbiddenError);
  });

  it("does not find people of another org", async () => {
    await caught(userReport(a.ctx, { userId: b.userId, ...MARCH }), NotFoundError);
    await caught(userReport(a.ctx, { userId: randomUUID(), ...MARCH }), NotFoundError);
    // In org B, tech1 is not a member but has work there: B's report shows only B's record.
    const inB = await userReport(b.ctx, { userId: tech1.userId, ...MARCH });
    expect(inB.rows.map((r) => r.id)).toEqual([ids.recordB]);
    expect(inB.totals).toMatchObject({ records: 1, seconds: 36000 });
  });
});

/** The export as the CSV file the route sends, parsed with the separator of its language. */
function parse(result: ExportResult) {
  const { body } = toCsvFile(result.table);
  expect(body.startsWith(BOM)).toBe(true);
  return Papa.parse<string[]>(body.slice(BOM.length), { newline: "\r\n", delimiter: CSV_SEPARATOR[result.table.locale] }).data;
}

describe("CSV export", () => {
  it("writes report 1's rows with the page's filters, durations as h:mm:ss and seconds, guarded cells", async () => {
    const result = await exportCustomerReport(a.ctx, { customerId: ids.customer, ...MARCH }, { locale: "en" });
    expect(result).toMatchObject({ rowCount: 4, truncated: false });
    expect(toCsvFile(result.table).filename).toBe("customer-report-2026-03-01-2026-03-31.csv");
    const [header, ...rows] = parse(result);
    expect(header).toEqual(["No.", "Request date", "Service type", "Contact", "Subject", "Status", "Technicians", "Time", "Seconds", "Score"]);
    const r1 = rows.find((r) => r[4] === "Install a video camera")!;
    expect(r1.slice(1)).toEqual([
      "2026-03-02",
      "Installation",
      "Işık Güvenlik Yetkili",
      "Install a video camera",
      "Approved by customer",
      "Ayşe Tekin, Bora Demir",
      "1:30:45",
      "5445",
      "8",
    ]);
    expect(rows.find((r) => r[8] === "601")![4]).toBe("'=SUM(A1)");

    const filtered = await exportCustomerReport(a.ctx, { customerId: ids.customer, contactId: ids.contact2, ...MARCH }, { locale: "tr" });
    const [trHeader, ...trRows] = parse(filtered);
    expect(trHeader![1]).toBe("Talep tarihi");
    expect(trRows.map((r) => r[5])).toEqual(["Kapatıldı", "Yeni"]);
  });

  it("writes report 2 with the user's own time", async () => {
    const result = await exportUserReport(a.ctx, { userId: tech1.userId, ...MARCH }, { locale: "en" });
    const [header, ...rows] = parse(result);
    expect(header).toEqual(["No.", "Request date", "Customer", "Service type", "Subject", "Status", "Own time", "Seconds", "Score"]);
    expect(rows.map((r) => r[7])).toEqual(["601", "999", "1845"]);
    expect(rows[0]![4]).toBe("'=SUM(A1)");
    expect(rows[2]![6]).toBe("0:30:45");
  });

  it("writes Turkish and Romanian CSV with `;` for their Excel, under a file name in their language", async () => {
    const tr = toCsvFile((await exportUserReport(a.ctx, { userId: tech1.userId, ...MARCH }, { locale: "tr" })).table);
    expect(tr.filename).toBe("kullanici-raporu-2026-03-01-2026-03-31.csv");
    const c = messagesFor("tr").reports.columns;
    expect(tr.body.slice(BOM.length).split("\r\n")[0]).toBe(
      [c.number, c.requestDate, c.customer, c.serviceType, c.subject, c.status, c.ownTime, c.seconds, c.score].join(";"),
    );
    const ro = toCsvFile((await exportCustomerReport(a.ctx, { customerId: ids.customer, ...MARCH }, { locale: "ro" })).table);
    expect(ro.filename).toBe("raport-client-2026-03-01-2026-03-31.csv");
    expect(ro.body.slice(BOM.length).split("\r\n")[0]).toMatch(/^[^,]+;[^,]+;/);
    const en = toCsvFile((await exportUserReport(a.ctx, { userId: tech1.userId, ...MARCH }, { locale: "en" })).table);
    expect(en.body.slice(BOM.length).split("\r\n")[0]).toBe("No.,Request date,Customer,Service type,Subject,Status,Own time,Seconds,Score");
  });

  it("writes the report as an .xlsx workbook with typed cells: numbers, dates and durations", async () => {
    const file = await toXlsxFile((await exportCustomerReport(a.ctx, { customerId: ids.customer, ...MARCH }, { locale: "tr" })).table);
    expect(file.filename).toBe("musteri-raporu-2026-03-01-2026-03-31.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const c = messagesFor("tr").reports.columns;
    // Row values are 1-based in exceljs: index 0 is empty.
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      c.number,
      c.requestDate,
      c.serviceType,
      c.contact,
      c.subject,
      c.status,
      c.technicians,
      c.time,
      c.seconds,
      c.score,
    ]);
    expect(sheet.rowCount).toBe(5);
    const rows = Array.from({ length: 4 }, (_, i) => sheet.getRow(i + 2));
    const r1 = rows.find((r) => r.getCell(5).value === "Install a video camera")!;
    expect(typeof r1.getCell(1).value).toBe("number");
    expect(r1.getCell(2).value).toEqual(new Date("2026-03-02T00:00:00Z"));
    expect(r1.getCell(2).numFmt).toBe("dd.mm.yyyy");
    // A duration is a time value (a fraction of a day), which exceljs reads back as a time after Excel's day zero.
    expect(r1.getCell(8).value).toEqual(new Date(Date.UTC(1899, 11, 30, 1, 30, 45)));
    expect(r1.getCell(8).numFmt).toBe("[h]:mm:ss");
    expect(r1.getCell(9).value).toBe(5445);
    expect(r1.getCell(10).value).toBe(8);
    // Text is a string cell, never a formula: the subject is kept exactly as typed.
    const guarded = rows.find((r) => r.getCell(9).value === 601)!;
    expect(guarded.getCell(5).value).toBe("=SUM(A1)");
    expect(guarded.getCell(5).type).toBe(ExcelJS.ValueType.String);
  });

  it("follows the same boundaries as the reports", async () => {
    await caught(exportCustomerReport(nobody.ctx, { customerId: ids.customer, ...MARCH }, { locale: "en" }), ForbiddenError);
    await caught(exportCustomerReport(a.ctx, { customerId: ids.customerB, ...MARCH }, { locale: "en" }), NotFoundError);
    await caught(exportUserReport(viewer.ctx, { userId: tech1.userId, ...MARCH }, { locale: "en" }), ForbiddenError);
  });
});

describe("durations", () => {
  it("formats seconds as h:mm:ss without wrapping hours", () => {
    expect(formatDuration(0)).toBe("0:00:00");
    expect(formatDuration(5445)).toBe("1:30:45");
    expect(formatDuration(97_209)).toBe("27:00:09");
  });
});
