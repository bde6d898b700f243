import { and, asc, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, contacts, notes } from "@/db/schema";
import { createContact } from "@/lib/contacts/create-contact";
import { removeContact } from "@/lib/contacts/remove-contact";
import { updateContact } from "@/lib/contacts/update-contact";
import { createCustomer } from "@/lib/customers/create-customer";
import { getCustomer } from "@/lib/customers/get-customer";
import { listCustomers } from "@/lib/customers/list-customers";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { addNote } from "@/lib/notes/add-note";
import { listNotes, NOTES_PAGE } from "@/lib/notes/list-notes";
import { removeNote } from "@/lib/notes/remove-note";
import { updateNote } from "@/lib/notes/update-note";
import en from "@/messages/en.json";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;

let a: Org;
let b: Org;

beforeAll(async () => {
  a = await createOrg("Contacts and Notes A");
  b = await createOrg("Contacts and Notes B");
});
afterAll(closeConnections);

async function newCustomer(org: Org, name: string, contactName = `${name} Primary`) {
  return createCustomer(org.ctx, { type: "customer", status: "first_contact", name, contact: { name: contactName } });
}

function activitiesOf(org: { orgId: string }, entityId: string) {
  return (
    db
      .select()
      .from(activities)
      .where(and(eq(activities.orgId, org.orgId), eq(activities.entityId, entityId)))
      // Two rows in the same millisecond fall back to kind, which puts created before deleted/updated.
      .orderBy(asc(activities.createdAt), asc(activities.kind))
  );
}

async function kindsOf(org: { orgId: string }, entityId: string) {
  return (await activitiesOf(org, entityId)).map((r) => r.kind);
}

async function contactRow(id: string) {
  const [row] = await db.select().from(contacts).where(eq(contacts.id, id));
  return row;
}

async function noteRow(id: string) {
  const [row] = await db.select().from(notes).where(eq(notes.id, id));
  return row;
}

/**
 * Runs a verb whose activity insert fails after its change was written (a constraint refuses that
 * one summary), and checks it failed for that reason: the change must roll back with it.
 */
async function failingActivity(summary: string, run: () => Promise<unknown>) {
  await db.execute(sql.raw(`alter table activities add constraint test_failing_activity check (summary is distinct from '${summary}') not valid`));
  try {
    const error = await caught(run(), Error);
    const cause = error.cause instanceof Error ? error.cause.message : "";
    expect(`${error.message} ${cause}`).toContain("test_failing_activity");
  } finally {
    await db.execute(sql`alter table activities drop constraint test_failing_activity`);
  }
}

describe("removing a contact", () => {
  it("deletes it, refreshes the customer's search text and records the removal", async () => {
    const { id: customerId } = await newCustomer(a, "Boğaziçi Klima");
    const { id } = await createContact(a.ctx, { customerId, name: "Zeynep Karadağ", email: "zeynep@bogazici.com.tr" });
    const found = async () => (await listCustomers(a.ctx, { q: "zeynep karadag" })).rows.map((r) => r.name);
    expect(await found()).toContain("Boğaziçi Klima");

    await removeContact(a.ctx, { id });

    expect(await contactRow(id)).toBeUndefined();
    expect(await found()).not.toContain("Boğaziçi Klima");
    const rows = await activitiesOf(a, id);
    expect(rows.map((r) => r.kind)).toEqual(["contact.created", "contact.deleted"]);
    expect(rows[1]).toMatchObject({
      kind: "contact.deleted",
      entityType: "contact",
      customerId,
      summary: "Zeynep Karadağ",
      actorId: a.userId,
    });
    expect((await getCustomer(a.ctx, { id: customerId })).contacts.map((c) => c.name)).toEqual(["Boğaziçi Klima Primary"]);
  });

  it("refuses the primary contact with a message to show, and changes nothing", async () => {
    const { id: customerId } = await newCustomer(a, "Only Primary Ltd", "Mihai Popescu");
    const primary = (await getCustomer(a.ctx, { id: customerId })).contacts[0]!;
    const error = await caught(removeContact(a.ctx, { id: primary.id }), ConflictError);
    expect(error.code).toBe("primaryContact");
    // The code is a catalogue key under errors., which is what the toast shows.
    expect(en.errors).toHaveProperty(error.code);
    expect(await contactRow(primary.id)).toMatchObject({ isPrimary: true, version: primary.version });
    expect(await kindsOf(a, primary.id)).toEqual([]);
  });

  it("removes the former primary once another contact is primary: still exactly one", async () => {
    const { id: customerId } = await newCustomer(a, "Handover SRL", "Old Primary");
    const old = (await getCustomer(a.ctx, { id: customerId })).contacts[0]!;
    await createContact(a.ctx, { customerId, name: "New Primary", isPrimary: true });
    await removeContact(a.ctx, { id: old.id });
    const people = (await getCustomer(a.ctx, { id: customerId })).contacts;
    expect(people.map((c) => [c.name, c.isPrimary])).toEqual([["New Primary", true]]);
  });

  it("writes neither the deletion nor its activity when the activity cannot be written", async () => {
    const { id: customerId } = await newCustomer(a, "Atomic Contacts");
    const { id } = await createContact(a.ctx, { customerId, name: "atomic-contact-boom" });
    await failingActivity("atomic-contact-boom", () => removeContact(a.ctx, { id }));
    expect(await contactRow(id)).toMatchObject({ name: "atomic-contact-boom" });
    expect(await kindsOf(a, id)).toEqual(["contact.created"]);
  });

  it("refuses a malformed id with a field error", async () => {
    const error = await caught(removeContact(a.ctx, { id: "not-a-uuid" }), ValidationError);
    expect(error.fieldErrors).toEqual({ id: "invalid" });
  });
});

describe("editing a note", () => {
  it("saves the trimmed text and records before and after", async () => {
    const { id: customerId } = await newCustomer(a, "Note Editing Co");
    const { id } = await addNote(a.ctx, { customerId, body: "Offer sent for two compressors." });
    // Written a minute ago, so the update's timestamp is later whatever the clock resolution.
    await db
      .update(notes)
      .set({ createdAt: sql`now() - interval '1 minute'`, updatedAt: sql`now() - interval '1 minute'` })
      .where(eq(notes.id, id));
    const before = (await noteRow(id))!;

    await updateNote(a.ctx, { id, body: "  Offer sent for three compressors.  " });

    const after = (await noteRow(id))!;
    expect(after.body).toBe("Offer sent for three compressors.");
    expect(after.createdAt).toEqual(before.createdAt);
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    const rows = await activitiesOf(a, id);
    expect(rows.map((r) => r.kind)).toEqual(["note.created", "note.updated"]);
    expect(rows[1]).toMatchObject({
      entityType: "note",
      customerId,
      actorId: a.userId,
      summary: "Offer sent for three compressors.",
      changes: { body: { from: "Offer sent for two compressors.", to: "Offer sent for three compressors." } },
    });
  });

  it("records nothing when the text did not change", async () => {
    const { id: customerId } = await newCustomer(a, "Unchanged Note Co");
    const { id } = await addNote(a.ctx, { customerId, body: "Same words." });
    await updateNote(a.ctx, { id, body: "Same words. " });
    expect(await kindsOf(a, id)).toEqual(["note.created"]);
  });

  it("refuses an empty text with a field error and changes nothing", async () => {
    const { id: customerId } = await newCustomer(a, "Empty Note Co");
    const { id } = await addNote(a.ctx, { customerId, body: "Keep me." });
    const error = await caught(updateNote(a.ctx, { id, body: "   " }), ValidationError);
    expect(error.fieldErrors).toEqual({ body: "required" });
    expect((await noteRow(id))!.body).toBe("Keep me.");
    expect(await kindsOf(a, id)).toEqual(["note.created"]);
  });

  it("writes neither the change nor its activity when the update fails", async () => {
    const { id: customerId } = await newCustomer(a, "Atomic Notes");
    const { id } = await addNote(a.ctx, { customerId, body: "Original text." });
    await failingActivity("atomic-note-boom", () => updateNote(a.ctx, { id, body: "atomic-note-boom" }));
    expect((await noteRow(id))!.body).toBe("Original text.");
    expect(await kindsOf(a, id)).toEqual(["note.created"]);
  });
});

describe("deleting a note", () => {
  it("deletes it and records the deletion with the note's text", async () => {
    const { id: customerId } = await newCustomer(a, "Note Deleting Co");
    const { id } = await addNote(a.ctx, { customerId, body: "Visit on Tuesday at 10:00." });
    await removeNote(a.ctx, { id });
    expect(await noteRow(id)).toBeUndefined();
    const rows = await activitiesOf(a, id);
    expect(rows.map((r) => r.kind)).toEqual(["note.created", "note.deleted"]);
    expect(rows[1]).toMatchObject({ entityType: "note", customerId, actorId: a.userId, summary: "Visit on Tuesday at 10:00." });
    // Gone is gone: a second delete is NotFound and records nothing more.
    await caught(removeNote(a.ctx, { id }), NotFoundError);
    expect(await kindsOf(a, id)).toHaveLength(2);
  });
});

describe("listing notes", () => {
  it("pages newest first by keyset, every note exactly once, shaped for the page", async () => {
    const { id: customerId } = await newCustomer(a, "Many Notes Co");
    const start = Date.parse("2026-01-05T09:00:00.000Z");
    // Pairs share a timestamp so the id tie-breaker is exercised at page boundaries.
    const inserted = await db
      .insert(notes)
      .values(
        Array.from({ length: 2 * NOTES_PAGE + 5 }, (_, i) => ({
          orgId: a.orgId,
          customerId,
          authorId: a.userId,
          body: `Note ${i}`,
          createdAt: new Date(start + Math.floor(i / 2) * 1000),
        })),
      )
      .returning({ id: notes.id, createdAt: notes.createdAt });
    const expected = [...inserted].sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime() || (x.id < y.id ? 1 : -1)).map((n) => n.id);

    const seen: string[] = [];
    let before: string | undefined;
    let pages = 0;
    do {
      const page = await listNotes(a.ctx, { customerId, before });
      expect(page.rows.length).toBeLessThanOrEqual(NOTES_PAGE);
      seen.push(...page.rows.map((r) => r.id));
      before = page.before ?? undefined;
      pages++;
    } while (before);
    expect(pages).toBe(3);
    expect(seen).toEqual(expected);

    const first = await listNotes(a.ctx, { customerId });
    expect(Object.keys(first.rows[0]!).sort()).toEqual(["authorName", "body", "createdAt", "id", "updatedAt"]);
    expect(first.rows[0]).toMatchObject({ authorName: "Admin", body: "Note 44", createdAt: new Date(start + 22_000).toISOString() });
  });

  it("shows an edited note's new text and a later updatedAt; a deleted one is gone", async () => {
    const { id: customerId } = await newCustomer(a, "Listed Edits Co");
    const kept = await addNote(a.ctx, { customerId, body: "First version" });
    const gone = await addNote(a.ctx, { customerId, body: "Delete me" });
    await db
      .update(notes)
      .set({ createdAt: sql`now() - interval '1 minute'`, updatedAt: sql`now() - interval '1 minute'` })
      .where(eq(notes.id, kept.id));
    await updateNote(a.ctx, { id: kept.id, body: "Second version" });
    await removeNote(a.ctx, { id: gone.id });
    const { rows, before } = await listNotes(a.ctx, { customerId });
    expect(before).toBeNull();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.body).toBe("Second version");
    expect(Date.parse(rows[0]!.updatedAt)).toBeGreaterThan(Date.parse(rows[0]!.createdAt));
  });

  it("lets View read notes and nobody below", async () => {
    const { id: customerId } = await newCustomer(a, "Readable Notes Co");
    await addNote(a.ctx, { customerId, body: "Readable" });
    const view = await addMember(a, "view");
    const none = await addMember(a, "none");
    expect((await listNotes(view.ctx, { customerId })).rows.map((r) => r.body)).toEqual(["Readable"]);
    await caught(listNotes(none.ctx, { customerId }), ForbiddenError);
  });
});

describe("tenancy", () => {
  it("gives NotFound for another org's notes and contacts and changes nothing there", async () => {
    const { id: customerId } = await newCustomer(b, "B Private Customer");
    const note = await addNote(b.ctx, { customerId, body: "B's secret" });
    const contact = await createContact(b.ctx, { customerId, name: "B Secondary" });
    const activityCount = async () =>
      (
        await db
          .select({ n: sql<number>`count(*)::int` })
          .from(activities)
          .where(eq(activities.orgId, b.orgId))
      )[0]!.n;
    const beforeCount = await activityCount();

    await caught(updateNote(a.ctx, { id: note.id, body: "Hijacked" }), NotFoundError);
    await caught(removeNote(a.ctx, { id: note.id }), NotFoundError);
    await caught(removeContact(a.ctx, { id: contact.id }), NotFoundError);
    await caught(listNotes(a.ctx, { customerId }), NotFoundError);

    expect((await noteRow(note.id))!.body).toBe("B's secret");
    expect(await contactRow(contact.id)).toMatchObject({ name: "B Secondary" });
    expect(await activityCount()).toBe(beforeCount);
    const inA = await db
      .select()
      .from(activities)
      .where(and(eq(activities.orgId, a.orgId), eq(activities.entityId, note.id)));
    expect(inA).toEqual([]);
  });
});

describe("permission boundaries", () => {
  it("Contribute cannot edit a note, Edit can; Edit cannot delete a note or contact, Manage can", async () => {
    const { id: customerId } = await newCustomer(a, "Guarded Notes Co");
    const note = await addNote(a.ctx, { customerId, body: "Initial" });
    const contact = await createContact(a.ctx, { customerId, name: "Guarded Secondary" });
    const view = await addMember(a, "view");
    const contribute = await addMember(a, "contribute");
    const edit = await addMember(a, "edit");
    const manage = await addMember(a, "manage");

    await caught(updateNote(view.ctx, { id: note.id, body: "By viewer" }), ForbiddenError);
    await caught(updateNote(contribute.ctx, { id: note.id, body: "By contributor" }), ForbiddenError);
    await caught(removeNote(contribute.ctx, { id: note.id }), ForbiddenError);
    await caught(removeContact(contribute.ctx, { id: contact.id }), ForbiddenError);
    expect((await noteRow(note.id))!.body).toBe("Initial");

    await updateNote(edit.ctx, { id: note.id, body: "By editor" });
    expect((await noteRow(note.id))!.body).toBe("By editor");
    await caught(removeNote(edit.ctx, { id: note.id }), ForbiddenError);
    await caught(removeContact(edit.ctx, { id: contact.id }), ForbiddenError);
    expect(await noteRow(note.id)).toBeDefined();
    expect(await contactRow(contact.id)).toBeDefined();

    await removeNote(manage.ctx, { id: note.id });
    await removeContact(manage.ctx, { id: contact.id });
    expect(await noteRow(note.id)).toBeUndefined();
    expect(await contactRow(contact.id)).toBeUndefined();
    const deletions = await db
      .select({ kind: activities.kind, actorId: activities.actorId })
      .from(activities)
      .where(and(eq(activities.orgId, a.orgId), eq(activities.customerId, customerId)))
      .orderBy(desc(activities.createdAt));
    expect(deletions.filter((r) => r.kind.endsWith(".deleted") || r.kind === "note.updated")).toEqual(
      expect.arrayContaining([
        { kind: "note.updated", actorId: edit.userId },
        { kind: "note.deleted", actorId: manage.userId },
        { kind: "contact.deleted", actorId: manage.userId },
      ]),
    );
  });

  it("the guard runs before anything else: a Contribute member gets Forbidden even for a malformed id", async () => {
    const contribute = await addMember(a, "contribute");
    await caught(removeContact(contribute.ctx, { id: "nope" }), ForbiddenError);
    await caught(updateNote(contribute.ctx, { id: "nope", body: "" }), ForbiddenError);
  });
});

describe("keeping exactly one primary", () => {
  it("still refuses the primary after an edit to it", async () => {
    const { id: customerId } = await newCustomer(a, "Edited Primary Co", "Edited Primary");
    const primary = (await getCustomer(a.ctx, { id: customerId })).contacts[0]!;
    await updateContact(a.ctx, { ...primary, title: "Owner" });
    await caught(removeContact(a.ctx, { id: primary.id }), ConflictError);
    expect((await getCustomer(a.ctx, { id: customerId })).contacts.filter((c) => c.isPrimary)).toHaveLength(1);
  });
});
