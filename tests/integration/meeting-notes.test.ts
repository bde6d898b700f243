import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, contacts, meetingNoteContacts, meetingNotes, memberProfiles } from "@/db/schema";
import { listActivities } from "@/lib/activity/list-activities";
import { createAppointment } from "@/lib/appointments/create-appointment";
import { setClock } from "@/lib/clock";
import { createCustomer } from "@/lib/customers/create-customer";
import { getCustomer } from "@/lib/customers/get-customer";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createMeetingNote } from "@/lib/meeting-notes/create-meeting-note";
import { deleteMeetingNote } from "@/lib/meeting-notes/delete-meeting-note";
import { appointmentPrefillHref } from "@/lib/meeting-notes/follow-up";
import { getMeetingNote } from "@/lib/meeting-notes/get-meeting-note";
import { listMeetingNotes } from "@/lib/meeting-notes/list-meeting-notes";
import { updateMeetingNote } from "@/lib/meeting-notes/update-meeting-note";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// Issue 13 item 8 (SPEC W5): meeting notes through their verbs against the real database — a
// new contact met created with the note, the same-hour warning at its edges against notes and
// appointments, levels, scopes, isolation and the customer's feed. Instants carry Istanbul's
// offset (UTC+3 all year), the org's zone.

type Org = Awaited<ReturnType<typeof createOrg>>;
type Ctx = Org["ctx"];
type Member = Awaited<ReturnType<typeof addMember>>;
let org: Org;
let other: Org;
let ayse: Member;
let burak: Member;
let viewer: Member;

/** An instant of 2026-12-<day> at a wall time in Istanbul. */
const ist = (day: number, time: string) => new Date(`2026-12-${String(day).padStart(2, "0")}T${time}:00+03:00`);

async function customer(ctx: Ctx, name: string, extra: Record<string, unknown> = {}) {
  return (await createCustomer(ctx, { name, type: "customer", status: "first_contact", contact: { name: `${name} Yetkili` }, ...extra })).id;
}

async function note(ctx: Ctx, fields: Record<string, unknown>) {
  const answer = await createMeetingNote(ctx, { outcome: "informational", acknowledgeClashes: false, ...fields });
  if (answer.status !== "saved") throw new Error(`clashes: ${JSON.stringify(answer.clashes)}`);
  return answer.value;
}

async function notesOf(customerId: string) {
  return db.select().from(meetingNotes).where(eq(meetingNotes.customerId, customerId));
}

beforeAll(async () => {
  setClock(ist(1, "10:00"));
  org = await createOrg("Görüşme Istanbul");
  other = await createOrg("Görüşme Other");
  ayse = await addMember(org, "contribute");
  burak = await addMember(org, "contribute");
  viewer = await addMember(org, "view");
});
afterEach(() => setClock(ist(1, "10:00")));
afterAll(async () => {
  setClock(null);
  await closeConnections();
});

describe("people met (SPEC W5)", () => {
  it("creates 'someone else' as the customer's contact in the note's transaction, linked to the note", async () => {
    const customerId = await customer(ayse.ctx, "Yeni Kişi Ltd");
    const known = (await getCustomer(ayse.ctx, { id: customerId })).contacts[0]!.id;
    const saved = await note(ayse.ctx, {
      customerId,
      metAt: ist(2, "10:00").toISOString(),
      participantIds: [ayse.userId],
      contactIds: [known],
      newContact: { name: "Zeynep Kaya", email: "Zeynep@Example.test", phone: "+90 532 111 22 33" },
      summary: "Bakım sözleşmesi konuşuldu",
    });
    const [created] = await db
      .select()
      .from(contacts)
      .where(and(eq(contacts.customerId, customerId), eq(contacts.name, "Zeynep Kaya")));
    expect(created).toMatchObject({ email: "zeynep@example.test", phone: "+905321112233", active: true });
    const detail = await getMeetingNote(ayse.ctx, { id: saved.id });
    expect(detail.contactsMet.map((c) => c.name).sort()).toEqual(["Yeni Kişi Ltd Yetkili", "Zeynep Kaya"]);
    expect(detail.participants).toEqual([{ id: ayse.userId, name: "User contribute" }]);
    expect((await getCustomer(ayse.ctx, { id: customerId })).contacts.map((c) => c.name)).toContain("Zeynep Kaya");
  });

  it("saves nothing — neither note nor contact — when the new contact's input is bad or a contact is another customer's", async () => {
    const customerId = await customer(ayse.ctx, "Kötü Girdi Ltd");
    const elsewhere = (await getCustomer(ayse.ctx, { id: await customer(ayse.ctx, "Başka Ltd") })).contacts[0]!.id;
    const base = { customerId, metAt: ist(3, "10:00").toISOString(), participantIds: [ayse.userId], outcome: "informational" };
    const badEmail = await caught(createMeetingNote(ayse.ctx, { ...base, newContact: { name: "Ali", email: "not-an-email" } }), ValidationError);
    expect(badEmail.fieldErrors).toEqual({ "newContact.email": "email" });
    const noName = await caught(createMeetingNote(ayse.ctx, { ...base, newContact: { name: " ", phone: "+90 532 111 22 33" } }), ValidationError);
    expect(Object.keys(noName.fieldErrors)).toEqual(["newContact.name"]);
    const wrongContact = await caught(
      createMeetingNote(ayse.ctx, { ...base, contactIds: [elsewhere], newContact: { name: "Ali Veli" } }),
      ValidationError,
    );
    expect(wrongContact.fieldErrors).toEqual({ contactIds: "invalid" });
    expect(await notesOf(customerId)).toEqual([]);
    expect((await getCustomer(ayse.ctx, { id: customerId })).contacts.map((c) => c.name)).toEqual(["Kötü Girdi Ltd Yetkili"]);
    // Without a participant there is no note either.
    expect((await caught(createMeetingNote(ayse.ctx, { ...base, participantIds: [] }), ValidationError)).fieldErrors).toEqual({
      participantIds: "participantsRequired",
    });
  });
});

describe("the same-hour warning (SPEC W5)", () => {
  it("warns 59 minutes apart and not 60, across another note and an appointment, saving nothing until acknowledged", async () => {
    const customerId = await customer(org.ctx, "Aynı Saat Ltd");
    await note(ayse.ctx, { customerId, metAt: ist(7, "10:00").toISOString(), participantIds: [ayse.userId] });
    const at = (time: string, who = [ayse.userId, burak.userId]) => ({
      customerId,
      metAt: ist(7, time).toISOString(),
      participantIds: who,
      outcome: "follow_up",
    });

    // 60 minutes after or before the first note: the hours touch.
    expect((await createMeetingNote(org.ctx, at("11:00", [ayse.userId]))).status).toBe("saved");
    expect((await createMeetingNote(org.ctx, at("09:00", [ayse.userId]))).status).toBe("saved");

    // 59 minutes after 10:00 (and one minute before 11:00): both notes clash, named by customer.
    const answer = await createMeetingNote(org.ctx, at("10:59"));
    expect(answer).toMatchObject({ status: "clashes" });
    if (answer.status !== "clashes") return;
    expect(answer.clashes.map((c) => [c.kind, c.userId, c.title, c.startsAt])).toEqual([
      ["meeting_note", ayse.userId, "Aynı Saat Ltd", ist(7, "10:00").toISOString()],
      ["meeting_note", ayse.userId, "Aynı Saat Ltd", ist(7, "11:00").toISOString()],
    ]);
    expect((await notesOf(customerId)).filter((n) => n.metAt.getTime() === ist(7, "10:59").getTime())).toEqual([]);
    expect((await createMeetingNote(org.ctx, { ...at("10:59"), acknowledgeClashes: true })).status).toBe("saved");

    // An appointment of Burak's at 14:00–14:30: a meeting at 13:01 takes 13:01–14:01 and clashes,
    // one at 13:00 ends as it starts and does not; one at 14:29 still does.
    await createAppointment(org.ctx, {
      title: "Burak'ın randevusu",
      startsAt: ist(7, "14:00").toISOString(),
      durationMinutes: 30,
      attendeeIds: [burak.userId],
      acknowledgeClashes: true,
    });
    expect((await createMeetingNote(org.ctx, at("13:01", [burak.userId]))).status).toBe("clashes");
    const after = await createMeetingNote(org.ctx, at("14:29", [burak.userId]));
    expect(after).toMatchObject({ status: "clashes", clashes: [{ kind: "appointment", title: "Burak'ın randevusu", userId: burak.userId }] });
    expect((await createMeetingNote(org.ctx, at("13:00", [burak.userId]))).status).toBe("saved");
  });

  it("an edit does not clash with the note itself", async () => {
    const customerId = await customer(ayse.ctx, "Düzenleme Ltd");
    const saved = await note(ayse.ctx, { customerId, metAt: ist(8, "10:00").toISOString(), participantIds: [ayse.userId] });
    const moved = await updateMeetingNote(ayse.ctx, {
      id: saved.id,
      version: 1,
      customerId,
      metAt: ist(8, "10:30").toISOString(),
      participantIds: [ayse.userId],
      outcome: "informational",
    });
    expect(moved).toMatchObject({ status: "saved", value: { version: 2 } });
  });
});

describe("outcome 'appointment' (SPEC W5)", () => {
  it("answers with the prefilled appointment: customer, participants as attendees, next weekday at the same time, the note", async () => {
    const customerId = await customer(ayse.ctx, "Randevulu Ltd");
    // Friday 2026-12-04 at 15:30: the suggestion is Monday the 7th at 15:30.
    const saved = await note(ayse.ctx, {
      customerId,
      metAt: ist(4, "15:30").toISOString(),
      participantIds: [ayse.userId, burak.userId],
      outcome: "appointment",
      summary: "Keşif ziyareti istendi\nDetaylar sonra",
    });
    expect(saved.followUp).toEqual({
      customerId,
      attendeeIds: [ayse.userId, burak.userId],
      title: "Randevulu Ltd: Keşif ziyareti istendi",
      startsAt: ist(7, "15:30").toISOString(),
      durationMinutes: 60,
      fromMeetingNoteId: saved.id,
    });
    const href = appointmentPrefillHref(org.orgSlug, saved.followUp!);
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe(`/${org.orgSlug}/agenda/new`);
    expect(url.searchParams.get("attendeeIds")).toBe(`${ayse.userId},${burak.userId}`);
    expect(url.searchParams.get("fromMeetingNoteId")).toBe(saved.id);

    // Booked from the note, the appointment shows on it and no longer is suggested.
    const booked = await createAppointment(ayse.ctx, {
      title: saved.followUp!.title,
      customerId,
      startsAt: saved.followUp!.startsAt,
      durationMinutes: 60,
      attendeeIds: saved.followUp!.attendeeIds,
      fromMeetingNoteId: saved.id,
    });
    expect(booked.status).toBe("saved");
    const detail = await getMeetingNote(ayse.ctx, { id: saved.id });
    expect(detail.appointment).toMatchObject({ title: "Randevulu Ltd: Keşif ziyareti istendi", startsAt: ist(7, "15:30") });
    expect(detail.followUp).toBeNull();
    // Another outcome suggests nothing.
    expect((await note(ayse.ctx, { customerId, metAt: ist(9, "09:00").toISOString(), participantIds: [ayse.userId] })).followUp).toBeNull();
  });
});

describe("levels, scopes and isolation", () => {
  it("View reads but cannot write; Contribute edits only its own notes; Edit any; only Manage deletes; versions are checked", async () => {
    const customerId = await customer(org.ctx, "Yetki Ltd");
    const saved = await note(ayse.ctx, { customerId, metAt: ist(10, "10:00").toISOString(), participantIds: [ayse.userId, viewer.userId] });
    await getMeetingNote(viewer.ctx, { id: saved.id });
    await caught(
      createMeetingNote(viewer.ctx, { customerId, metAt: ist(10, "12:00").toISOString(), participantIds: [viewer.userId], outcome: "informational" }),
      ForbiddenError,
    );
    const edit = { id: saved.id, version: 1, customerId, metAt: ist(10, "10:00").toISOString(), participantIds: [ayse.userId], outcome: "follow_up" };
    await caught(updateMeetingNote(burak.ctx, edit), ForbiddenError);
    expect((await getMeetingNote(burak.ctx, { id: saved.id }).catch(() => null))?.may.edit ?? false).toBe(false);
    const editor = await addMember(org, "edit");
    expect(await updateMeetingNote(editor.ctx, edit)).toMatchObject({ status: "saved", value: { version: 2 } });
    await caught(updateMeetingNote(ayse.ctx, edit), ConflictError);
    await caught(deleteMeetingNote(editor.ctx, { id: saved.id }), ForbiddenError);
    await deleteMeetingNote(org.ctx, { id: saved.id });
    await caught(getMeetingNote(ayse.ctx, { id: saved.id }), NotFoundError);
    expect(await db.select().from(meetingNoteContacts).where(eq(meetingNoteContacts.noteId, saved.id))).toEqual([]);
  });

  it("a responsible-scope member sees the notes they took part in or wrote and their customers' notes, nothing else", async () => {
    const fresh = await createOrg("Görüşme Scopes");
    const employee = await addMember(fresh, "manage");
    await db.insert(memberProfiles).values({ orgId: fresh.orgId, userId: employee.userId, position: "employee" });
    const scoped = await loadOrgContext(employee.userId, fresh.orgSlug);
    const theirs = await customer(fresh.ctx, "Onun Müşterisi", { salesRepId: employee.userId });
    const others = await customer(fresh.ctx, "Başkasının Müşterisi");
    const admin = fresh.ctx.actor.userId;
    const tookPart = await note(fresh.ctx, { customerId: others, metAt: ist(11, "09:00").toISOString(), participantIds: [admin, employee.userId] });
    const ofTheirs = await note(fresh.ctx, { customerId: theirs, metAt: ist(11, "11:00").toISOString(), participantIds: [admin] });
    const hidden = await note(fresh.ctx, { customerId: others, metAt: ist(11, "13:00").toISOString(), participantIds: [admin] });

    expect((await listMeetingNotes(scoped, {})).rows.map((r) => r.id).sort()).toEqual([tookPart.id, ofTheirs.id].sort());
    await caught(getMeetingNote(scoped, { id: hidden.id }), NotFoundError);
    // The note they took part in shows; its customer is not theirs, so it stays unnamed.
    expect((await getMeetingNote(scoped, { id: tookPart.id })).customer).toBeNull();
    // The hidden note still makes the admin busy for the employee's warning, without naming it.
    const answer = await createMeetingNote(scoped, {
      customerId: theirs,
      metAt: ist(11, "13:30").toISOString(),
      participantIds: [admin],
      outcome: "informational",
    });
    expect(answer).toMatchObject({ status: "clashes", clashes: [{ kind: "meeting_note", title: null }] });
  });

  it("filters the list by customer, participant, mine, search, outcome and days in the org's zone", async () => {
    const fresh = await createOrg("Görüşme Lists");
    const colleague = await addMember(fresh, "contribute");
    const a = await customer(fresh.ctx, "Filtre A");
    const b = await customer(fresh.ctx, "Filtre B");
    const me = fresh.ctx.actor.userId;
    const n1 = await note(fresh.ctx, { customerId: a, metAt: ist(14, "00:30").toISOString(), participantIds: [me], outcome: "appointment" });
    const n2 = await note(fresh.ctx, { customerId: b, metAt: ist(14, "23:30").toISOString(), participantIds: [colleague.userId] });
    const n3 = await note(fresh.ctx, {
      customerId: a,
      metAt: ist(15, "10:00").toISOString(),
      participantIds: [me, colleague.userId],
      summary: "Kombi bakımı konuşuldu",
    });
    const ids = async (q: Record<string, string>) => (await listMeetingNotes(fresh.ctx, q)).rows.map((r) => r.id);
    expect(await ids({})).toEqual([n3.id, n2.id, n1.id]);
    expect(await ids({ customer: a })).toEqual([n3.id, n1.id]);
    expect(await ids({ participant: colleague.userId })).toEqual([n3.id, n2.id]);
    expect(await ids({ mine: "1" })).toEqual([n3.id, n1.id]);
    // Words of the summary, or of the customer's name.
    expect(await ids({ q: "kombi" })).toEqual([n3.id]);
    expect(await ids({ q: "Filtre B" })).toEqual([n2.id]);
    expect(await ids({ outcome: "appointment" })).toEqual([n1.id]);
    // 00:30 and 23:30 Istanbul are the 14th there (the 13th and 14th in UTC).
    expect(await ids({ from: "2026-12-14", to: "2026-12-14" })).toEqual([n2.id, n1.id]);
    expect(await ids({ from: "2026-12-15" })).toEqual([n3.id]);
    expect((await listMeetingNotes(fresh.ctx, {})).rows[0]!.participants.sort()).toEqual(["Admin", "User contribute"]);
  });

  it("refuses another org's customers, members and contacts, and hides its notes", async () => {
    const theirCustomer = await customer(other.ctx, "Yabancı Ltd");
    const stranger = await addMember(other, "contribute");
    const base = { metAt: ist(16, "10:00").toISOString(), outcome: "informational" };
    const refused = await caught(
      createMeetingNote(org.ctx, { ...base, customerId: theirCustomer, participantIds: [org.ctx.actor.userId] }),
      ValidationError,
    );
    expect(refused.fieldErrors).toEqual({ customerId: "invalid" });
    const ours = await customer(org.ctx, "Bizim Ltd");
    await caught(createMeetingNote(org.ctx, { ...base, customerId: ours, participantIds: [stranger.userId] }), ValidationError);
    const theirContact = (await getCustomer(other.ctx, { id: theirCustomer })).contacts[0]!.id;
    await caught(
      createMeetingNote(org.ctx, { ...base, customerId: ours, participantIds: [org.ctx.actor.userId], contactIds: [theirContact] }),
      ValidationError,
    );
    const saved = await note(org.ctx, { ...base, customerId: ours, participantIds: [org.ctx.actor.userId] });
    await caught(getMeetingNote(other.ctx, { id: saved.id }), NotFoundError);
    await caught(deleteMeetingNote(other.ctx, { id: saved.id }), NotFoundError);
    expect((await listMeetingNotes(other.ctx, {})).rows).toEqual([]);
  });
});

describe("the customer's feed", () => {
  it("shows a note's creation, change and deletion in its customer's activity feed", async () => {
    const customerId = await customer(ayse.ctx, "Akış Ltd");
    const saved = await note(ayse.ctx, { customerId, metAt: ist(17, "10:00").toISOString(), participantIds: [ayse.userId] });
    await updateMeetingNote(ayse.ctx, {
      id: saved.id,
      version: 1,
      customerId,
      metAt: ist(17, "10:00").toISOString(),
      participantIds: [ayse.userId],
      outcome: "offer_requested",
      summary: "Teklif istendi",
    });
    await deleteMeetingNote(org.ctx, { id: saved.id });
    const feed = await listActivities(org.ctx, { customerId });
    const kinds = feed.rows.filter((r) => r.kind.startsWith("meeting_note.")).map((r) => r.kind);
    expect(kinds.sort()).toEqual(["meeting_note.created", "meeting_note.deleted", "meeting_note.updated"]);
    const rows = await db
      .select()
      .from(activities)
      .where(and(eq(activities.orgId, org.orgId), eq(activities.entityId, saved.id)));
    expect(rows.every((r) => r.customerId === customerId && r.summary === "Akış Ltd")).toBe(true);
  });
});
