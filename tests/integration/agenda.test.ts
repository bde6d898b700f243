import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, appointments, memberProfiles } from "@/db/schema";
import { createAppointment } from "@/lib/appointments/create-appointment";
import { listAppointmentsInRange } from "@/lib/appointments/list-appointments-in-range";
import { moveAppointment } from "@/lib/appointments/move-appointment";
import { createCustomer } from "@/lib/customers/create-customer";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// Issue 13 item 4 (SPEC W3): the range the agenda loads and the calendar's drag-to-move.

type Org = Awaited<ReturnType<typeof createOrg>>;
type Ctx = Org["ctx"];
let org: Org;
let other: Org;

const at = (iso: string) => new Date(iso).toISOString();

async function book(ctx: Ctx, title: string, startsAt: string, minutes: number, attendeeIds: string[], extra: Record<string, unknown> = {}) {
  const answer = await createAppointment(ctx, {
    title,
    startsAt: at(startsAt),
    durationMinutes: minutes,
    attendeeIds,
    acknowledgeClashes: true,
    ...extra,
  });
  if (answer.status !== "saved") throw new Error("not saved");
  return answer.value.id;
}

async function titlesIn(ctx: Ctx, from: string, to: string, extra: Record<string, unknown> = {}) {
  const answer = await listAppointmentsInRange(ctx, { from: at(from), to: at(to), ...extra });
  if (answer.status !== "ok") throw new Error("too many");
  return answer.events.map((e) => e.title).sort();
}

beforeAll(async () => {
  org = await createOrg("Agenda Istanbul");
  other = await createOrg("Agenda Other");
});
afterAll(closeConnections);

describe("the agenda's range (listAppointmentsInRange)", () => {
  it("includes what overlaps an edge of the range, not what only touches it", async () => {
    const me = org.userId;
    await book(org.ctx, "Across the start", "2027-03-31T22:00:00Z", 180, [me]);
    await book(org.ctx, "Inside", "2027-04-10T09:00:00Z", 60, [me]);
    await book(org.ctx, "Across the end", "2027-04-30T23:30:00Z", 60, [me]);
    await book(org.ctx, "Ends at the start", "2027-03-31T23:00:00Z", 60, [me]);
    await book(org.ctx, "Starts at the end", "2027-05-01T00:00:00Z", 60, [me]);
    await book(org.ctx, "A week ending at the start", "2027-03-25T00:00:00Z", 7 * 24 * 60, [me]);
    await book(org.ctx, "A week long, over the start", "2027-03-25T00:01:00Z", 7 * 24 * 60, [me]);
    expect(await titlesIn(org.ctx, "2027-04-01T00:00:00Z", "2027-05-01T00:00:00Z")).toEqual([
      "A week long, over the start",
      "Across the end",
      "Across the start",
      "Inside",
    ]);
  });

  it("names the customer and the attendees, and says who may drag", async () => {
    const colleague = await addMember(org, "contribute");
    const customerId = (await createCustomer(org.ctx, { name: "Ajanda Ltd", type: "customer", status: "first_contact", contact: { name: "Ayşe" } }))
      .id;
    await book(colleague.ctx, "Site visit", "2027-06-02T08:00:00Z", 90, [colleague.userId, org.userId], { customerId });
    const range = { from: at("2027-06-01T00:00:00Z"), to: at("2027-06-08T00:00:00Z") };
    const mine = await listAppointmentsInRange(colleague.ctx, range);
    const asAdmin = await listAppointmentsInRange(org.ctx, range);
    if (mine.status !== "ok" || asAdmin.status !== "ok") throw new Error("too many");
    expect(mine.events).toEqual([
      expect.objectContaining({
        title: "Site visit",
        customer: "Ajanda Ltd",
        start: at("2027-06-02T08:00:00Z"),
        end: at("2027-06-02T09:30:00Z"),
        editable: true,
      }),
    ]);
    expect(mine.events[0]!.attendees.sort()).toEqual(["Admin", "User contribute"]);
    // Manage may drag anyone's appointment; a Contribute attendee who did not book it may not.
    expect(asAdmin.events[0]!.editable).toBe(true);
    const attendee = await addMember(org, "contribute");
    await book(org.ctx, "Booked for them", "2027-06-03T08:00:00Z", 30, [attendee.userId]);
    const theirs = await listAppointmentsInRange(attendee.ctx, { ...range, mine: true });
    if (theirs.status !== "ok") throw new Error("too many");
    expect(theirs.events.map((e) => [e.title, e.editable])).toEqual([["Booked for them", false]]);
  });

  it("filters to mine (attending or booked) and to one member", async () => {
    const a = await addMember(org, "contribute");
    const b = await addMember(org, "contribute");
    await book(a.ctx, "Booked by A for B", "2027-07-05T08:00:00Z", 60, [b.userId]);
    await book(org.ctx, "A attends", "2027-07-06T08:00:00Z", 60, [a.userId]);
    await book(org.ctx, "Admin alone", "2027-07-07T08:00:00Z", 60, [org.userId]);
    const from = "2027-07-01T00:00:00Z";
    const to = "2027-07-31T00:00:00Z";
    expect(await titlesIn(a.ctx, from, to, { mine: "1" })).toEqual(["A attends", "Booked by A for B"]);
    expect(await titlesIn(org.ctx, from, to, { member: b.userId })).toEqual(["Booked by A for B"]);
    expect(await titlesIn(org.ctx, from, to)).toEqual(["A attends", "Admin alone", "Booked by A for B"]);
  });

  it("scope: a responsible-scope member sees only what they attend, booked or whose customer is theirs", async () => {
    const fresh = await createOrg("Agenda Scopes");
    const employee = await addMember(fresh, "contribute");
    await db.insert(memberProfiles).values({ orgId: fresh.orgId, userId: employee.userId, position: "employee" });
    const scoped = await loadOrgContext(employee.userId, fresh.orgSlug);
    const theirCustomer = (
      await createCustomer(fresh.ctx, {
        name: "Onun",
        type: "customer",
        status: "first_contact",
        contact: { name: "K" },
        salesRepId: employee.userId,
      })
    ).id;
    const admin = fresh.userId;
    await book(fresh.ctx, "They attend", "2027-08-02T08:00:00Z", 60, [employee.userId]);
    await book(scoped, "They booked", "2027-08-03T08:00:00Z", 60, [admin]);
    await book(fresh.ctx, "Their customer", "2027-08-04T08:00:00Z", 60, [admin], { customerId: theirCustomer });
    await book(fresh.ctx, "Hidden", "2027-08-05T08:00:00Z", 60, [admin]);
    expect(await titlesIn(scoped, "2027-08-01T00:00:00Z", "2027-08-31T00:00:00Z")).toEqual(["Their customer", "They attend", "They booked"]);
    expect(await titlesIn(fresh.ctx, "2027-08-01T00:00:00Z", "2027-08-31T00:00:00Z")).toHaveLength(4);
  });

  it("another org sees none of them", async () => {
    expect(await titlesIn(other.ctx, "2027-03-20T00:00:00Z", "2027-05-01T00:00:00Z")).toEqual([]);
  });

  it("refuses a range longer than a view and one that ends before it starts", async () => {
    await caught(listAppointmentsInRange(org.ctx, { from: at("2027-01-01T00:00:00Z"), to: at("2027-12-31T00:00:00Z") }), ValidationError);
    await caught(listAppointmentsInRange(org.ctx, { from: at("2027-02-01T00:00:00Z"), to: at("2027-01-01T00:00:00Z") }), ValidationError);
  });
});

describe("drag to move (moveAppointment)", () => {
  async function versionOf(id: string) {
    return (
      await db
        .select({ v: appointments.version, s: appointments.startsAt, e: appointments.endsAt, n: appointments.nextEmailAt })
        .from(appointments)
        .where(eq(appointments.id, id))
    )[0]!;
  }

  it("the creator moves it to another day: new slot, version, e-mail cursor and a feed row", async () => {
    const creator = await addMember(org, "contribute");
    const id = await book(creator.ctx, "Move me", "2027-09-06T07:00:00Z", 60, [creator.userId]);
    const answer = await moveAppointment(creator.ctx, { id, version: 1, startsAt: at("2027-09-08T10:00:00Z"), endsAt: at("2027-09-08T11:30:00Z") });
    expect(answer).toEqual({ status: "saved", value: { id, version: 2 } });
    const row = await versionOf(id);
    expect([row.v, row.s.toISOString(), row.e.toISOString()]).toEqual([2, at("2027-09-08T10:00:00Z"), at("2027-09-08T11:30:00Z")]);
    // The cursor now waits for the new day's e-mails, not the old day's.
    expect(row.n!.getTime()).toBeGreaterThan(new Date("2027-09-06T12:00:00Z").getTime());
    const feed = await db
      .select({ kind: activities.kind })
      .from(activities)
      .where(and(eq(activities.orgId, org.orgId), eq(activities.entityId, id)));
    expect(feed.map((r) => r.kind).sort()).toEqual(["appointment.created", "appointment.updated"]);
  });

  it("Manage moves anyone's; an attendee who did not book it cannot", async () => {
    const creator = await addMember(org, "contribute");
    const attendee = await addMember(org, "edit");
    const id = await book(creator.ctx, "Theirs", "2027-09-13T07:00:00Z", 60, [creator.userId, attendee.userId]);
    await caught(
      moveAppointment(attendee.ctx, { id, version: 1, startsAt: at("2027-09-14T07:00:00Z"), endsAt: at("2027-09-14T08:00:00Z") }),
      ForbiddenError,
    );
    expect((await versionOf(id)).v).toBe(1);
    expect(
      await moveAppointment(org.ctx, { id, version: 1, startsAt: at("2027-09-14T07:00:00Z"), endsAt: at("2027-09-14T08:00:00Z") }),
    ).toMatchObject({ status: "saved" });
  });

  it("a clash answers with the clash naming it and moves nothing; acknowledged, it moves", async () => {
    const tech = await addMember(org, "contribute");
    await book(org.ctx, "Already there", "2027-09-21T09:00:00Z", 60, [tech.userId]);
    const id = await book(org.ctx, "Mover", "2027-09-20T09:00:00Z", 60, [tech.userId]);
    const slot = { id, version: 1, startsAt: at("2027-09-21T09:59:00Z"), endsAt: at("2027-09-21T10:59:00Z") };
    const answer = await moveAppointment(org.ctx, slot);
    expect(answer).toEqual({
      status: "clashes",
      clashes: [expect.objectContaining({ userId: tech.userId, title: "Already there", kind: "appointment" })],
    });
    expect((await versionOf(id)).s.toISOString()).toBe(at("2027-09-20T09:00:00Z"));
    // Touching is no clash; moving onto its own old slot is none either.
    expect(await moveAppointment(org.ctx, { ...slot, startsAt: at("2027-09-21T10:00:00Z"), endsAt: at("2027-09-21T11:00:00Z") })).toMatchObject({
      status: "saved",
    });
    expect(await moveAppointment(org.ctx, { ...slot, version: 2, acknowledgeClashes: true })).toEqual({ status: "saved", value: { id, version: 3 } });
  });

  it("a stale version is a conflict", async () => {
    const id = await book(org.ctx, "Stale", "2027-09-27T09:00:00Z", 60, [org.userId]);
    await moveAppointment(org.ctx, { id, version: 1, startsAt: at("2027-09-28T09:00:00Z"), endsAt: at("2027-09-28T10:00:00Z") });
    await caught(
      moveAppointment(org.ctx, { id, version: 1, startsAt: at("2027-09-29T09:00:00Z"), endsAt: at("2027-09-29T10:00:00Z") }),
      ConflictError,
    );
  });

  it("another org cannot move it", async () => {
    const id = await book(org.ctx, "Ours", "2027-10-04T09:00:00Z", 60, [org.userId]);
    await expect(
      moveAppointment(other.ctx, { id, version: 1, startsAt: at("2027-10-05T09:00:00Z"), endsAt: at("2027-10-05T10:00:00Z") }),
    ).rejects.toThrow();
    expect((await versionOf(id)).v).toBe(1);
  });
});
