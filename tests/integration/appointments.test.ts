import { and, eq, like } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, appointmentAttendees, appointments, emailOutbox, meetingNotes, memberProfiles } from "@/db/schema";
import { appointmentEmailsSweep } from "@/lib/appointments/appointment-emails-sweep";
import { createAppointment } from "@/lib/appointments/create-appointment";
import { deleteAppointment } from "@/lib/appointments/delete-appointment";
import { getAppointment } from "@/lib/appointments/get-appointment";
import { updateAppointment } from "@/lib/appointments/update-appointment";
import { setClock } from "@/lib/clock";
import { createCustomer } from "@/lib/customers/create-customer";
import { getCustomer } from "@/lib/customers/get-customer";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { SweepEnqueue } from "@/lib/jobs/define-job";
import { systemContext } from "@/lib/jobs/system-context";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { addPicklistItem } from "@/lib/picklists/manage-picklist";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// Issue 13 items 3 and 7 (SPEC W2, W4): appointments through their verbs against the real
// database — clash warnings at the slot's edges, who may change one, and the attendees' e-mails
// sent once each while the clock moves. The org's zone is Istanbul (UTC+3 all year).

type Org = Awaited<ReturnType<typeof createOrg>>;
type Member = Awaited<ReturnType<typeof addMember>>;
let org: Org;
let other: Org;
let ayse: Member;
let burak: Member;
let viewer: Member;

/** An instant of 2026-12-<day> at a wall time in Istanbul. */
const ist = (day: number, time: string) => new Date(`2026-12-${String(day).padStart(2, "0")}T${time}:00+03:00`);

function slot(startsAt: Date, minutes: number) {
  return { startsAt: startsAt.toISOString(), durationMinutes: minutes };
}

async function book(ctx: Org["ctx"], fields: Record<string, unknown>) {
  const answer = await createAppointment(ctx, { title: "Görüşme", acknowledgeClashes: false, ...fields });
  if (answer.status !== "saved") throw new Error(`clashes: ${JSON.stringify(answer.clashes)}`);
  return answer.value.id;
}

async function countTitled(title: string) {
  return (
    await db
      .select({ id: appointments.id })
      .from(appointments)
      .where(and(eq(appointments.orgId, org.orgId), eq(appointments.title, title)))
  ).length;
}

beforeAll(async () => {
  setClock(ist(1, "10:00"));
  org = await createOrg("Randevu Istanbul");
  other = await createOrg("Randevu Other");
  ayse = await addMember(org, "contribute");
  burak = await addMember(org, "contribute");
  viewer = await addMember(org, "view");
});
afterEach(() => setClock(ist(1, "10:00")));
afterAll(async () => {
  setClock(null);
  await closeConnections();
});

describe("clash warnings (SPEC W2)", () => {
  it("lets touching slots be, warns of a minute's overlap naming it, saves nothing until acknowledged", async () => {
    await book(ayse.ctx, { title: "Sabah toplantısı", ...slot(ist(2, "10:00"), 60), attendeeIds: [ayse.userId] });
    // 11:00–12:00 touches 10:00–11:00: no clash; so does 09:00–10:00.
    await book(org.ctx, { title: "Touching after", ...slot(ist(2, "11:00"), 60), attendeeIds: [ayse.userId] });
    await book(org.ctx, { title: "Touching before", ...slot(ist(2, "09:00"), 60), attendeeIds: [ayse.userId] });

    const overlapping = { title: "One minute over", ...slot(ist(2, "09:01"), 60), attendeeIds: [ayse.userId, burak.userId] };
    const answer = await createAppointment(org.ctx, { ...overlapping, acknowledgeClashes: false });
    expect(answer.status).toBe("clashes");
    if (answer.status !== "clashes") return;
    expect(answer.clashes.map((c) => [c.person, c.title, c.startsAt])).toEqual([
      ["User contribute", "Touching before", ist(2, "09:00").toISOString()],
      ["User contribute", "Sabah toplantısı", ist(2, "10:00").toISOString()],
    ]);
    expect(answer.clashes.every((c) => c.userId === ayse.userId)).toBe(true);
    expect(await countTitled("One minute over")).toBe(0);

    const saved = await createAppointment(org.ctx, { ...overlapping, acknowledgeClashes: true });
    expect(saved.status).toBe("saved");
    expect(await countTitled("One minute over")).toBe(1);
  });

  it("counts an assignee's planned service window, named #number subject, and a slot the booker may not see as busy", async () => {
    const customerId = (await createCustomer(org.ctx, { name: "Planlı Ltd", type: "customer", status: "first_contact", contact: { name: "Kişi" } }))
      .id;
    const contactId = (await getCustomer(org.ctx, { id: customerId })).contacts[0]!.id;
    const { id: serviceTypeId } = await addPicklistItem(org.ctx, { list: "service_type", labels: { en: "Repair", tr: "Onarım", ro: "Reparație" } });
    const record = await createServiceRecord(org.ctx, {
      customerId,
      contactId,
      serviceTypeId,
      requestDate: "2026-12-01",
      subjectKind: "text",
      subject: "Kombi bakımı",
      plannedStart: ist(3, "14:00").toISOString(),
      plannedEnd: ist(3, "15:00").toISOString(),
      assigneeIds: [burak.userId],
    });
    const answer = await createAppointment(org.ctx, { title: "Over the visit", ...slot(ist(3, "14:59"), 30), attendeeIds: [burak.userId] });
    expect(answer).toMatchObject({ status: "clashes", clashes: [{ kind: "service_record", number: record.number, title: "Kombi bakımı" }] });
    // Touching the visit's end does not clash.
    expect((await createAppointment(org.ctx, { title: "After the visit", ...slot(ist(3, "15:00"), 30), attendeeIds: [burak.userId] })).status).toBe(
      "saved",
    );

    // A responsible-scope member sees neither the record nor its customer: the clash is only "busy".
    const scopedBooker = await addMember(org, "contribute");
    await db.insert(memberProfiles).values({ orgId: org.orgId, userId: scopedBooker.userId, position: "employee" });
    const scoped = await loadOrgContext(scopedBooker.userId, org.orgSlug);
    const hidden = await createAppointment(scoped, { title: "Blind booking", ...slot(ist(3, "14:30"), 15), attendeeIds: [burak.userId] });
    expect(hidden).toMatchObject({ status: "clashes", clashes: [{ kind: "service_record", title: null, number: null }] });
  });

  it("an edit does not clash with the appointment itself, and warns of others", async () => {
    const id = await book(ayse.ctx, { title: "Editable", ...slot(ist(4, "10:00"), 60), attendeeIds: [ayse.userId] });
    await book(ayse.ctx, { title: "Neighbour", ...slot(ist(4, "12:00"), 60), attendeeIds: [ayse.userId] });
    const base = { id, version: 1, title: "Editable", attendeeIds: [ayse.userId] };
    expect(await updateAppointment(ayse.ctx, { ...base, ...slot(ist(4, "10:30"), 60) })).toMatchObject({ status: "saved", value: { version: 2 } });
    const clash = await updateAppointment(ayse.ctx, { ...base, version: 2, ...slot(ist(4, "11:30"), 60) });
    expect(clash).toMatchObject({ status: "clashes", clashes: [{ title: "Neighbour" }] });
    const [row] = await db.select().from(appointments).where(eq(appointments.id, id));
    expect(row).toMatchObject({ version: 2, startsAt: ist(4, "10:30") });
  });
});

describe("who may change an appointment (SPEC W2)", () => {
  it("books for a colleague; only the creator or Manage edits or deletes; View cannot book", async () => {
    const customerId = (
      await createCustomer(org.ctx, { name: "Randevu Müşterisi", type: "customer", status: "first_contact", contact: { name: "Kişi" } })
    ).id;
    // Ayşe books Burak, without attending herself.
    const id = await book(ayse.ctx, {
      title: "Burak'ın ziyareti",
      customerId,
      place: "Kadıköy",
      ...slot(ist(7, "10:00"), 45),
      attendeeIds: [burak.userId],
    });
    const detail = await getAppointment(burak.ctx, { id });
    expect(detail).toMatchObject({ customer: { id: customerId }, createdBy: { id: ayse.userId }, attendees: [{ id: burak.userId }], mayEdit: false });
    expect(detail.endsAt).toEqual(ist(7, "10:45"));
    expect((await getAppointment(ayse.ctx, { id })).mayEdit).toBe(true);

    const edit = { id, version: 1, title: "Moved by someone", customerId, attendeeIds: [burak.userId], ...slot(ist(7, "11:00"), 45) };
    await caught(updateAppointment(burak.ctx, edit), ForbiddenError);
    await caught(deleteAppointment(burak.ctx, { id }), ForbiddenError);
    await caught(createAppointment(viewer.ctx, { title: "No", ...slot(ist(7, "12:00"), 30), attendeeIds: [viewer.userId] }), ForbiddenError);

    expect(await updateAppointment(org.ctx, edit)).toMatchObject({ status: "saved", value: { version: 2 } });
    await caught(updateAppointment(ayse.ctx, edit), ConflictError);
    await deleteAppointment(org.ctx, { id });
    await caught(getAppointment(ayse.ctx, { id }), NotFoundError);

    const feed = await db
      .select()
      .from(activities)
      .where(and(eq(activities.orgId, org.orgId), eq(activities.entityId, id)));
    expect(feed.map((a) => a.kind).sort()).toEqual(["appointment.created", "appointment.deleted", "appointment.updated"]);
    expect(feed.every((a) => a.customerId === customerId)).toBe(true);
  });

  it("refuses attendees and customers of another org, and hides its appointments", async () => {
    const stranger = await addMember(other, "contribute");
    await caught(createAppointment(org.ctx, { title: "X", ...slot(ist(8, "10:00"), 30), attendeeIds: [stranger.userId] }), ValidationError);
    const theirs = (await createCustomer(other.ctx, { name: "Yabancı", type: "customer", status: "first_contact", contact: { name: "K" } })).id;
    const refused = await caught(
      createAppointment(org.ctx, { title: "X", customerId: theirs, ...slot(ist(8, "10:00"), 30), attendeeIds: [ayse.userId] }),
      ValidationError,
    );
    expect(refused.fieldErrors).toEqual({ customerId: "invalid" });
    const id = await book(org.ctx, { title: "Ours", ...slot(ist(8, "11:00"), 30), attendeeIds: [ayse.userId] });
    await caught(getAppointment(other.ctx, { id }), NotFoundError);
    await caught(deleteAppointment(other.ctx, { id }), NotFoundError);
    await caught(createAppointment(org.ctx, { title: "Nobody", ...slot(ist(8, "12:00"), 30), attendeeIds: [] }), ValidationError);
  });

  it("links the meeting note it was booked from, and unlinks it when deleted", async () => {
    const [note] = await db
      .insert(meetingNotes)
      .values({ orgId: org.orgId, metAt: ist(1, "09:00"), outcome: "follow_up", createdById: org.ctx.actor.userId })
      .returning({ id: meetingNotes.id });
    const id = await book(org.ctx, { title: "Follow-up", fromMeetingNoteId: note!.id, ...slot(ist(9, "10:00"), 30), attendeeIds: [ayse.userId] });
    const linked = async () => (await db.select({ a: meetingNotes.appointmentId }).from(meetingNotes).where(eq(meetingNotes.id, note!.id)))[0]!.a;
    expect(await linked()).toBe(id);
    await deleteAppointment(org.ctx, { id });
    expect(await linked()).toBeNull();
  });
});

describe("the attendees' e-mails (SPEC W4)", () => {
  /** The sweep at `when`, each job it enqueues for this org run twice at the same time (two instances). */
  async function sweep(when: Date) {
    setClock(when);
    const runs: Promise<void>[] = [];
    const enqueue: SweepEnqueue = async (job, orgId, data) => {
      if (orgId !== org.orgId) return;
      for (let i = 0; i < 2; i++) runs.push(systemContext(orgId, job.name).then((ctx) => job.run(ctx, data)));
    };
    await appointmentEmailsSweep.run(enqueue);
    await Promise.all(runs);
  }

  async function subjectsTo(email: string, title: string) {
    const rows = await db
      .select({ subject: emailOutbox.subject, html: emailOutbox.html })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.to, email), like(emailOutbox.subject, `%${title}`)));
    return rows.map((r) => r.subject).sort();
  }

  it("sends each attendee the day-before and the on-day e-mail once, with the sweeps run twice at once", async () => {
    const id = await book(ayse.ctx, { title: "Bakım planı", place: "Ofis", ...slot(ist(10, "10:00"), 60), attendeeIds: [ayse.userId, burak.userId] });
    const cursor = async () => (await db.select({ at: appointments.nextEmailAt }).from(appointments).where(eq(appointments.id, id)))[0]!.at;
    expect(await cursor()).toEqual(ist(9, "09:00"));

    await sweep(ist(9, "08:59"));
    expect(await subjectsTo(ayse.email, "Bakım planı")).toEqual([]);
    await sweep(ist(9, "09:00"));
    await sweep(ist(9, "09:01"));
    expect(await subjectsTo(ayse.email, "Bakım planı")).toEqual(["Tomorrow: Bakım planı"]);
    expect(await subjectsTo(burak.email, "Bakım planı")).toEqual(["Tomorrow: Bakım planı"]);
    expect(await cursor()).toEqual(ist(10, "07:00"));

    await sweep(ist(10, "07:00"));
    await sweep(ist(10, "07:30"));
    expect(await subjectsTo(ayse.email, "Bakım planı")).toEqual(["Today: Bakım planı", "Tomorrow: Bakım planı"]);
    expect(await subjectsTo(burak.email, "Bakım planı")).toEqual(["Today: Bakım planı", "Tomorrow: Bakım planı"]);
    expect(await cursor()).toBeNull();

    const [mail] = await db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.to, burak.email), eq(emailOutbox.subject, "Today: Bakım planı")));
    expect(mail!.text).toContain("Ofis");
    expect(mail!.text).toContain("10:00");
    expect(mail!.text).toContain(`/${org.orgSlug}/agenda/${id}`);
  });

  it("re-arms the e-mails when the appointment moves to another day, and tells an attendee added later", async () => {
    const id = await book(ayse.ctx, { title: "Taşınan", ...slot(ist(14, "10:00"), 60), attendeeIds: [ayse.userId] });
    await sweep(ist(13, "09:00"));
    expect(await subjectsTo(ayse.email, "Taşınan")).toEqual(["Tomorrow: Taşınan"]);

    // Moved to the 16th in the afternoon of the 13th: the 16th's e-mails, once each.
    setClock(ist(13, "15:00"));
    expect(
      await updateAppointment(ayse.ctx, { id, version: 1, title: "Taşınan", attendeeIds: [ayse.userId], ...slot(ist(16, "10:00"), 60) }),
    ).toMatchObject({
      status: "saved",
    });
    await sweep(ist(14, "09:00"));
    expect(await subjectsTo(ayse.email, "Taşınan")).toEqual(["Tomorrow: Taşınan"]);
    await sweep(ist(15, "09:00"));
    expect(await subjectsTo(ayse.email, "Taşınan")).toEqual(["Tomorrow: Taşınan", "Tomorrow: Taşınan"]);

    // Burak joins in the afternoon before: he gets the day-before e-mail at once, Ayşe not again.
    setClock(ist(15, "16:00"));
    await updateAppointment(ayse.ctx, { id, version: 2, title: "Taşınan", attendeeIds: [ayse.userId, burak.userId], ...slot(ist(16, "10:00"), 60) });
    await sweep(ist(15, "16:00"));
    expect(await subjectsTo(burak.email, "Taşınan")).toEqual(["Tomorrow: Taşınan"]);
    expect(await subjectsTo(ayse.email, "Taşınan")).toHaveLength(2);
    const attendees = await db.select().from(appointmentAttendees).where(eq(appointmentAttendees.appointmentId, id));
    expect(attendees).toHaveLength(2);
  });

  it("a booking on the morning itself gets only today's e-mail, at once", async () => {
    setClock(ist(17, "08:00"));
    await book(ayse.ctx, { title: "Son dakika", ...slot(ist(17, "15:00"), 30), attendeeIds: [burak.userId] });
    await sweep(ist(17, "08:00"));
    expect(await subjectsTo(burak.email, "Son dakika")).toEqual(["Today: Son dakika"]);
  });
});
