import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { contacts, serviceAssignments } from "@/db/schema";
import { createAppointment } from "@/lib/appointments/create-appointment";
import { setClock } from "@/lib/clock";
import { createCustomer } from "@/lib/customers/create-customer";
import { ForbiddenError } from "@/lib/errors";
import { listMyDay, type MyDayItem } from "@/lib/my-day/list-my-day";
import { changeServiceStatus } from "@/lib/service/change-status";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { checkIn } from "@/lib/time-entries/check-in";
import { startTimer } from "@/lib/time-entries/start-timer";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// Issue 13 item 6: My day through its verb against the real database — exactly my records planned
// on the day and my appointments, in time order, in the org's zone (Istanbul, UTC+3 all year: a
// visit at 00:30 is that day's though it is the evening before in UTC), with the address, the
// phone and the timer state; nothing of a colleague's, of another day, cancelled or rejected;
// nothing of another org's.

type Org = Awaited<ReturnType<typeof createOrg>>;
type Member = Awaited<ReturnType<typeof addMember>>;
let org: Org;
let other: Org;
let tech: Member;
let colleague: Member;
let customerId: string;
let contactId: string;
const DAY = "2026-12-10";

/** An instant at a wall time in Istanbul, 2026-12-<day>. */
const ist = (day: number, time: string) => new Date(`2026-12-${String(day).padStart(2, "0")}T${time}:00+03:00`).toISOString();

async function plan(
  subject: string,
  window: { start: string; end?: string },
  assigneeIds = [tech.userId],
  { ctx = org.ctx, customer = customerId, contact = contactId as string | null } = {},
) {
  return createServiceRecord(ctx, {
    customerId: customer,
    contactId: contact ?? undefined,
    requestDate: "2026-12-01",
    subject,
    plannedStart: window.start,
    plannedEnd: window.end ?? "",
    assigneeIds,
  });
}

async function book(title: string, startsAt: string, minutes: number, attendeeIds: string[], fields: Record<string, unknown> = {}, ctx = org.ctx) {
  const answer = await createAppointment(ctx, { title, startsAt, durationMinutes: minutes, attendeeIds, acknowledgeClashes: true, ...fields });
  if (answer.status !== "saved") throw new Error("not saved");
  return answer.value.id;
}

const titleOf = (i: MyDayItem) => (i.kind === "record" ? i.subject : i.title);

beforeAll(async () => {
  setClock(new Date(ist(10, "08:00")));
  org = await createOrg("Günlük Servis");
  other = await createOrg("Başka Servis");
  tech = await addMember(org, "contribute");
  colleague = await addMember(org, "contribute");
  const customer = await createCustomer(org.ctx, {
    type: "customer",
    status: "first_contact",
    name: "Karadeniz Soğuk Hava Depoları",
    address: "Organize Sanayi Bölgesi 4. Cadde No: 12, Samsun",
    phone: "+903622221100",
    contact: { name: "Mehmet Ali Karadenizoğlu", phone: "+905321234567" },
  });
  customerId = customer.id;
  const [contact] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.orgId, org.orgId), eq(contacts.customerId, customerId)));
  contactId = contact!.id;
});

afterAll(async () => {
  setClock(null);
  await closeConnections();
});

describe("My day", () => {
  it("holds exactly my records planned on the day and my appointments, in time order, at the zone's day boundaries", async () => {
    // In the day (Istanbul), in the order expected below.
    await plan("Overnight from yesterday", { start: ist(9, "22:00"), end: ist(10, "02:00") });
    const early = await plan("Just after midnight", { start: ist(10, "00:30"), end: ist(10, "01:30") });
    const visit = await plan("Scheduled visit, start only", { start: ist(10, "09:00") }, [tech.userId], { contact: null });
    await book("Site survey", ist(10, "11:00"), 60, [tech.userId], { place: "Depo 3, rampa girişi", customerId });
    await plan("Late evening", { start: ist(10, "23:30"), end: ist(10, "23:59") });
    // Not in my day: other days (touching the boundaries), a colleague's, cancelled, rejected.
    await plan("Yesterday evening", { start: ist(9, "20:00"), end: ist(9, "21:00") });
    await plan("Ends at midnight", { start: ist(9, "23:00"), end: ist(10, "00:00") });
    await plan("Tomorrow at midnight", { start: ist(11, "00:00"), end: ist(11, "01:00") });
    await plan("Colleague's visit", { start: ist(10, "10:00"), end: ist(10, "11:00") }, [colleague.userId]);
    const cancelled = await plan("Cancelled visit", { start: ist(10, "12:00"), end: ist(10, "13:00") });
    await changeServiceStatus(org.ctx, { id: cancelled.id, status: "cancelled" });
    const rejected = await plan("Rejected visit", { start: ist(10, "14:00"), end: ist(10, "15:00") });
    // The answer arrives by the e-mailed link in the product; its effect on the row is what counts here.
    await db
      .update(serviceAssignments)
      .set({ response: "rejected" })
      .where(and(eq(serviceAssignments.recordId, rejected.id), eq(serviceAssignments.userId, tech.userId)));
    await book("Colleague's meeting", ist(10, "11:00"), 60, [colleague.userId]);
    await book("Booked by me for a colleague", ist(10, "15:00"), 30, [colleague.userId], {}, tech.ctx);
    await book("Tomorrow's meeting", ist(11, "00:00"), 30, [tech.userId]);

    const day = await listMyDay(tech.ctx, {});
    expect(day.date).toBe(DAY);
    expect(day.isToday).toBe(true);
    expect(day.items.map(titleOf)).toEqual([
      "Overnight from yesterday",
      "Just after midnight",
      "Scheduled visit, start only",
      "Site survey",
      "Late evening",
    ]);

    const first = day.items.find((i) => i.kind === "record" && i.id === early.id);
    expect(first).toMatchObject({
      kind: "record",
      number: early.number,
      startsAt: ist(10, "00:30"),
      endsAt: ist(10, "01:30"),
      customer: { id: customerId, name: "Karadeniz Soğuk Hava Depoları" },
      address: "Organize Sanayi Bölgesi 4. Cadde No: 12, Samsun",
      // The record's contact person, not the switchboard.
      phone: "+905321234567",
      phoneOf: "Mehmet Ali Karadenizoğlu",
      timer: { isOpen: true, canLog: true, checkInAt: null, checkOutAt: null, runningSince: null },
    });
    // A schedule's visit: its start only, and no contact person, so the company's number, nobody's name.
    expect(day.items.find((i) => i.id === visit.id)).toMatchObject({ endsAt: null, phone: "+903622221100", phoneOf: null });
    // An appointment's own place wins over the customer's address; the phone is the customer's.
    expect(day.items.find((i) => i.kind === "appointment")).toMatchObject({
      address: "Depo 3, rampa girişi",
      phone: "+903622221100",
      customer: { name: "Karadeniz Soğuk Hava Depoları" },
    });

    // Another day through the URL's date: yesterday's visits, not today's.
    const yesterday = await listMyDay(tech.ctx, { date: "2026-12-09" });
    expect(yesterday.isToday).toBe(false);
    expect(yesterday.items.map(titleOf)).toEqual(["Yesterday evening", "Overnight from yesterday", "Ends at midnight"]);
    // A mistyped date in the URL is today, not an error page.
    expect((await listMyDay(tech.ctx, { date: "2026-13-45" })).date).toBe(DAY);

    // The colleague's day has theirs; the office's (assigned nothing, attending nothing) is empty.
    expect((await listMyDay(colleague.ctx, {})).items.map(titleOf)).toEqual([
      "Colleague's visit",
      "Colleague's meeting",
      "Booked by me for a colleague",
    ]);
    expect((await listMyDay(org.ctx, {})).items).toEqual([]);
  });

  it("shows the technician's check-in and running timer on the record, as the record page does", async () => {
    const record = await plan("Timed visit", { start: ist(12, "10:00"), end: ist(12, "12:00") });
    setClock(new Date(ist(12, "10:05")));
    await checkIn(tech.ctx, { recordId: record.id });
    await startTimer(tech.ctx, { recordId: record.id });
    const [item] = (await listMyDay(tech.ctx, {})).items;
    expect(item).toMatchObject({
      id: record.id,
      timer: { checkInAt: ist(12, "10:05"), checkOutAt: null, runningSince: ist(12, "10:05"), isOpen: true },
    });
    // The colleague's view of their own day is not touched by my timer.
    expect((await listMyDay(colleague.ctx, {})).items).toEqual([]);
    setClock(new Date(ist(10, "08:00")));
  });

  it("keeps orgs apart and refuses a member without access", async () => {
    const [otherCustomer] = [
      await createCustomer(other.ctx, { type: "customer", status: "first_contact", name: "Öteki Müşteri", contact: { name: "Zeynep" } }),
    ];
    await plan("Other org's visit", { start: ist(10, "10:00"), end: ist(10, "11:00") }, [other.userId], {
      ctx: other.ctx,
      customer: otherCustomer!.id,
      contact: null,
    });
    expect((await listMyDay(other.ctx, {})).items.map(titleOf)).toEqual(["Other org's visit"]);
    expect((await listMyDay(tech.ctx, {})).items.map(titleOf)).not.toContain("Other org's visit");
    const outsider = await addMember(org, "none");
    await caught(listMyDay(outsider.ctx, {}), ForbiddenError);
  });
});
