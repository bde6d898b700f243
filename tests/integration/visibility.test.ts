import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { customers, customerTechnicians, memberProfiles, positionScopes, serviceAttachments, serviceRecords, timeEntries } from "@/db/schema";
import type { MemberPosition } from "@/db/schema/people";
import { listActivities } from "@/lib/activity/list-activities";
import { listContacts } from "@/lib/contacts/list-contacts";
import { removeContact } from "@/lib/contacts/remove-contact";
import { updateContact } from "@/lib/contacts/update-contact";
import { countCustomers } from "@/lib/customers/count-customers";
import { createCustomer } from "@/lib/customers/create-customer";
import { exportCustomers } from "@/lib/customers/export-customers";
import { getCustomer } from "@/lib/customers/get-customer";
import { listCustomers } from "@/lib/customers/list-customers";
import { removeCustomer } from "@/lib/customers/remove-customer";
import { searchCustomerOptions } from "@/lib/customers/search-customer-options";
import { updateCustomer } from "@/lib/customers/update-customer";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { getAttachmentDownload } from "@/lib/files/get-attachment";
import { addNote } from "@/lib/notes/add-note";
import { listNotes } from "@/lib/notes/list-notes";
import { removeNote } from "@/lib/notes/remove-note";
import { updateNote } from "@/lib/notes/update-note";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { addPicklistItem } from "@/lib/picklists/manage-picklist";
import { customerReport } from "@/lib/reports/customer-report";
import { exportCustomerReport } from "@/lib/reports/export-customer-report";
import { exportUserReport } from "@/lib/reports/export-user-report";
import { userReport } from "@/lib/reports/user-report";
import { countServiceRecords } from "@/lib/service/count-service-records";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { getServiceCustomer } from "@/lib/service/get-service-customer";
import { getServiceRecord } from "@/lib/service/get-service-record";
import { listAssigneeOptions } from "@/lib/service/list-assignee-options";
import { listServiceRecords } from "@/lib/service/list-service-records";
import { listMessages } from "@/lib/service/messages/list-messages";
import { postMessage } from "@/lib/service/messages/post-message";
import { updateServiceRecord } from "@/lib/service/update-service-record";
import { addManualEntry } from "@/lib/time-entries/add-manual-entry";
import { correctEntry } from "@/lib/time-entries/correct-entry";
import { listRecordEntries } from "@/lib/time-entries/list-record-entries";
import { removeEntry } from "@/lib/time-entries/remove-entry";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// Issue 10, items 1 and 3: every scope kind × every scoped entity × list / get / search / count /
// update / delete (and export / picker / feed / report) sees exactly the rows the rules give —
// checked against a table written by hand from the fixture below, not computed by the code under test.
//
// Operations that do not exist for an entity, so have no cell: activities (the feed) are only
// listed; contacts have no count of their own (the list header counts customers) and no get (they
// come with their customer, or in the service form's contact options); notes are listed per
// customer, changed and removed, never opened, searched or counted alone; service records have no
// search and no delete verb; thread messages are only listed and posted, attachments only
// downloaded; time entries are listed per record, corrected and removed, never searched.

type Org = Awaited<ReturnType<typeof createOrg>>;
type Ctx = Org["ctx"];
let org: Org;
const people: Record<string, Ctx> = {};
const customerIds: Record<string, string> = {};
const recordIds: Record<string, string> = {};
/** Per record: the admin's time entry on it, and a message with one attachment. */
const entryIds: Record<string, string> = {};
const attachmentIds: Record<string, string> = {};
const contactIds: Record<string, string> = {};
const noteIds: Record<string, string> = {};

/*
 * The org: department D1 (manager M, employee E1 reporting to M), department D2 (employee E2),
 * technician T, director Dir, an unplaced member U, partner staff P of the dealer c5, the admin.
 *   c1: sales rep E1          c2: support rep E2      c3: T authorised      c4: nobody's
 *   c5: a dealer, nobody's    c6: below c5, nobody's
 *   r1 on c4, assigned to E1  r2 on c3                r3 on c4, created by E2   r4 on c4, assigned to T
 *   r5 on c6                  r6 on c4, assigned to P
 * Every record has a time entry of the admin's and a message with an attachment.
 */
const EVERYTHING = { customers: ["c1", "c2", "c3", "c4", "c5", "c6"], records: ["r1", "r2", "r3", "r4", "r5", "r6"] };
const EXPECTED: Record<string, { scope: string; customers: string[]; records: string[] }> = {
  admin: { scope: "all", ...EVERYTHING },
  Dir: { scope: "all", ...EVERYTHING },
  U: { scope: "all", ...EVERYTHING },
  M: { scope: "department", customers: ["c1"], records: ["r1"] },
  E1: { scope: "responsible", customers: ["c1"], records: ["r1"] },
  E2: { scope: "responsible", customers: ["c2"], records: ["r3"] },
  T: { scope: "technician", customers: ["c3"], records: ["r2", "r4"] },
  P: { scope: "subtree", customers: ["c5", "c6"], records: ["r5", "r6"] },
};
const NAMES: Record<string, string> = { c1: "Bir Ltd", c2: "İki Ltd", c3: "Üç Ltd", c4: "Dört Ltd", c5: "Beş Bayi Ltd", c6: "Altı Ltd" };
const RECORD_CUSTOMER: Record<string, string> = { r1: "c4", r2: "c3", r3: "c4", r4: "c4", r5: "c6", r6: "c4" };
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const REPORT_RANGE = { from: "2026-11-01", to: "2026-11-30" };

async function place(
  userId: string,
  profile: { position?: MemberPosition; departmentId?: string; reportsTo?: string; technician?: boolean; partnerCustomerId?: string },
) {
  await db.insert(memberProfiles).values({ orgId: org.orgId, userId, ...profile });
}

const byName = (ids: string[]) => ids.map((id) => NAMES[id]!).sort();
const namesOf = (rows: { name: string }[]) => rows.map((r) => r.name).sort();
const keyOf = (map: Record<string, string>, id: string) => Object.keys(map).find((k) => map[k] === id)!;

beforeAll(async () => {
  org = await createOrg("Visibility Org");
  const admin = org.ctx;
  const d1 = (await addPicklistItem(admin, { list: "department", labels: { en: "Service", tr: "Servis", ro: "Service" } })).id;
  const d2 = (await addPicklistItem(admin, { list: "department", labels: { en: "Sales", tr: "Satış", ro: "Vânzări" } })).id;
  // Manage level, so every operation's cell (deletes included) is decided by the scope alone.
  const member = async () => (await addMember(org, "manage")).userId;
  const ids = {
    M: await member(),
    E1: await member(),
    E2: await member(),
    T: await member(),
    Dir: await member(),
    U: await member(),
    P: await member(),
  };
  await place(ids.M, { position: "manager", departmentId: d1 });
  await place(ids.E1, { position: "employee", departmentId: d1, reportsTo: ids.M });
  await place(ids.E2, { position: "employee", departmentId: d2 });
  await place(ids.T, { technician: true });
  await place(ids.Dir, { position: "director" });

  const customer = async (key: string, extra: Record<string, unknown>) => {
    const { id } = await createCustomer(admin, {
      name: NAMES[key]!,
      type: "customer",
      status: "first_contact",
      contact: { name: `${NAMES[key]} Kişi` },
      ...extra,
    });
    customerIds[key] = id;
    contactIds[key] = (await getCustomer(admin, { id })).contacts[0]!.id;
    noteIds[key] = (await addNote(admin, { customerId: id, body: `Not ${NAMES[key]}` })).id;
  };
  await customer("c1", { salesRepId: ids.E1 });
  await customer("c2", { supportRepId: ids.E2 });
  await customer("c3", {});
  await customer("c4", {});
  await customer("c5", { type: "dealer" });
  await customer("c6", { parentId: customerIds.c5 });
  await place(ids.P, { partnerCustomerId: customerIds.c5 });
  await db.insert(customerTechnicians).values({ orgId: org.orgId, customerId: customerIds.c3!, userId: ids.T });

  const record = async (key: string, customerKey: string, assigneeIds: string[]) => {
    const { id } = await createServiceRecord(admin, {
      customerId: customerIds[customerKey],
      requestDate: "2026-11-02",
      subjectKind: "text",
      subject: `Kayıt ${key}`,
      assigneeIds,
    });
    recordIds[key] = id;
    // The admin's entries must not overlap: one hour each, one after another.
    const hour = String(Object.keys(recordIds).length).padStart(2, "0");
    entryIds[key] = (
      await addManualEntry(admin, { recordId: id, startedAt: `2026-11-02T${hour}:00:00Z`, stoppedAt: `2026-11-02T${hour}:30:00Z` })
    ).id;
    const message = await postMessage(admin, { recordId: id, body: `Mesaj ${key}`, files: [new File([PNG], `${key}.png`)] });
    const [file] = await db
      .select({ id: serviceAttachments.id })
      .from(serviceAttachments)
      .where(and(eq(serviceAttachments.orgId, org.orgId), eq(serviceAttachments.messageId, message.id)));
    attachmentIds[key] = file!.id;
  };
  await record("r1", "c4", [ids.E1]);
  await record("r2", "c3", []);
  await record("r3", "c4", []);
  await record("r4", "c4", [ids.T]);
  await record("r5", "c6", []);
  await record("r6", "c4", [ids.P]);
  await db
    .update(serviceRecords)
    .set({ createdById: ids.E2 })
    .where(and(eq(serviceRecords.orgId, org.orgId), eq(serviceRecords.id, recordIds.r3!)));

  people.admin = admin;
  for (const [key, userId] of Object.entries(ids)) people[key] = await loadOrgContext(userId, org.orgSlug);
});
afterAll(closeConnections);

describe.each(Object.keys(EXPECTED))("%s", (who) => {
  const expected = EXPECTED[who]!;
  const ctx = () => people[who]!;

  it("lists, counts, searches, picks and exports exactly the customers in scope", async () => {
    expect(namesOf((await listCustomers(ctx(), {})).rows)).toEqual(byName(expected.customers));
    expect(await countCustomers(ctx(), {})).toBe(expected.customers.length);
    // "ltd" matches every customer: the search narrows nothing, the scope does.
    expect(namesOf((await listCustomers(ctx(), { q: "ltd" })).rows)).toEqual(byName(expected.customers));
    expect(namesOf(await searchCustomerOptions(ctx(), { q: "ltd" }, "en"))).toEqual(byName(expected.customers));
    const exported = await exportCustomers(ctx(), {}, { locale: "en" });
    expect(exported.table.rows.map((row) => row[0]).sort()).toEqual(byName(expected.customers));
  });

  it("opens a customer in scope and gets NotFound for one outside it", async () => {
    for (const key of Object.keys(NAMES)) {
      if (expected.customers.includes(key)) expect((await getCustomer(ctx(), { id: customerIds[key] })).name).toBe(NAMES[key]);
      else await caught(getCustomer(ctx(), { id: customerIds[key] }), NotFoundError);
    }
  });

  it("sees the contacts, notes and feed entries of its customers only", async () => {
    expect(namesOf((await listContacts(ctx(), {})).rows)).toEqual(
      byName(expected.customers)
        .map((name) => `${name} Kişi`)
        .sort(),
    );
    for (const key of expected.customers)
      expect((await listNotes(ctx(), { customerId: customerIds[key] })).rows.map((n) => n.id)).toEqual([noteIds[key]]);
    // Every feed entry is about a customer or a record in scope, and every customer in scope has its entries.
    const feed = (await listActivities(ctx(), {})).rows;
    const ownCustomers = new Set(expected.customers.map((key) => customerIds[key]));
    const ownRecords = new Set(expected.records.map((key) => recordIds[key]));
    for (const row of feed) expect(ownCustomers.has(row.customerId ?? "") || ownRecords.has(row.entityId)).toBe(true);
    // The feed is paged (newest first): each customer's own entries are read through its filter.
    for (const id of ownCustomers)
      expect((await listActivities(ctx(), { customerId: id })).rows.some((row) => row.customerId === id && row.entityId === id)).toBe(true);
    // A record's entries ("service.created" …) come with the record, even when its customer is out of scope.
    for (const id of ownRecords) expect(feed.some((row) => row.entityId === id)).toBe(true);
  });

  it("lists, counts and opens exactly the service records in scope", async () => {
    const listed = (await listServiceRecords(ctx(), {})).rows.map((r) => keyOf(recordIds, r.id)).sort();
    expect(listed).toEqual(expected.records);
    expect(await countServiceRecords(ctx(), {})).toBe(expected.records.length);
    for (const key of Object.keys(recordIds)) {
      if (expected.records.includes(key)) expect((await getServiceRecord(ctx(), { id: recordIds[key] })).id).toBe(recordIds[key]);
      else await caught(getServiceRecord(ctx(), { id: recordIds[key] }), NotFoundError);
    }
  });
});

describe.each(Object.keys(EXPECTED))("Report 1 for %s", (who) => {
  it("covers only customers in scope, and only their records in scope", async () => {
    const expected = EXPECTED[who]!;
    for (const key of Object.keys(NAMES)) {
      const run = customerReport(people[who]!, { customerId: customerIds[key], from: "2026-11-01", to: "2026-11-30" });
      if (!expected.customers.includes(key)) {
        await caught(run, NotFoundError);
        continue;
      }
      const shown = (await run).rows.map((row) => keyOf(recordIds, row.id)).sort();
      expect(shown).toEqual(expected.records.filter((r) => RECORD_CUSTOMER[r] === key));
    }
  });
});

/** An export's rows by their records' subjects ("Kayıt r1"), sorted. */
const subjectsOf = (rows: readonly (readonly unknown[])[]) =>
  rows.map((row) => row.find((cell) => typeof cell === "string" && cell.startsWith("Kayıt "))).sort();

const inScope = (who: string, key: string) => (key.startsWith("c") ? EXPECTED[who]!.customers : EXPECTED[who]!.records).includes(key);

describe.each(Object.keys(EXPECTED))("the rest of the matrix for %s", (who) => {
  const expected = EXPECTED[who]!;
  const ctx = () => people[who]!;
  const customerKeys = Object.keys(NAMES);
  const recordKeys = Object.keys(RECORD_CUSTOMER);

  it("counts a search, and searches contacts, exactly in scope", async () => {
    expect(await countCustomers(ctx(), { q: "ltd" })).toBe(expected.customers.length);
    const contactsFound = (await listContacts(ctx(), { q: "kişi" })).rows.map((r) => keyOf(customerIds, r.customer.id)).sort();
    expect(contactsFound).toEqual(expected.customers);
  });

  it("offers the contacts of a customer in scope in the service form, and NotFound for others", async () => {
    for (const key of customerKeys) {
      const run = getServiceCustomer(ctx(), { id: customerIds[key] });
      if (inScope(who, key)) expect((await run).contacts.map((c) => c.id)).toEqual([contactIds[key]]);
      else await caught(run, NotFoundError);
    }
  });

  it("marks authorised technicians in the assignee picker only for a customer in scope", async () => {
    const marked = (await listAssigneeOptions(ctx(), { customerId: customerIds.c3 })).filter((m) => m.authorised).map((m) => m.id);
    expect(marked).toEqual(inScope(who, "c3") ? [people.T!.actor.userId] : []);
  });

  it("updates customers and contacts in scope; NotFound for the others, which stay unchanged", async () => {
    const admin = people.admin!;
    for (const key of customerKeys) {
      const customer = await getCustomer(admin, { id: customerIds[key] });
      const contact = customer.contacts[0]!;
      const saves = [
        () => updateCustomer(ctx(), { ...customer, name: NAMES[key] }),
        () => updateContact(ctx(), { ...contact, customerId: customer.id }),
      ];
      for (const save of saves) {
        if (inScope(who, key)) await save();
        else await caught(save(), NotFoundError);
      }
    }
    // Nothing was renamed (the saves in scope kept every value).
    expect(namesOf((await listCustomers(admin, {})).rows)).toEqual(byName(customerKeys));
  });

  it("reaches a contact in scope for deletion (refused only as the primary contact); NotFound for the others", async () => {
    for (const key of customerKeys) {
      const run = removeContact(ctx(), { id: contactIds[key] });
      if (inScope(who, key)) expect((await caught(run, ConflictError)).code).toBe("primaryContact");
      else await caught(run, NotFoundError);
    }
  });

  it("lists and updates the notes of customers in scope; NotFound for the others", async () => {
    for (const key of customerKeys) {
      const list = () => listNotes(ctx(), { customerId: customerIds[key] });
      const update = () => updateNote(ctx(), { id: noteIds[key], body: `Not ${NAMES[key]}` });
      const remove = () => removeNote(ctx(), { id: noteIds[key] });
      if (inScope(who, key)) {
        expect((await list()).rows.map((n) => n.id)).toEqual([noteIds[key]]);
        await update();
      } else for (const run of [list, update, remove]) await caught(run(), NotFoundError);
    }
  });

  it("updates service records in scope; NotFound for the others", async () => {
    for (const key of recordKeys) {
      const [row] = await db
        .select({ version: serviceRecords.version })
        .from(serviceRecords)
        .where(and(eq(serviceRecords.orgId, org.orgId), eq(serviceRecords.id, recordIds[key]!)));
      const save = updateServiceRecord(ctx(), {
        id: recordIds[key],
        version: row!.version,
        customerId: customerIds[RECORD_CUSTOMER[key]!],
        requestDate: "2026-11-02",
        subjectKind: "text",
        subject: `Kayıt ${key}`,
      });
      if (inScope(who, key)) await save;
      else await caught(save, NotFoundError);
    }
  });

  it("lists and corrects the time entries of records in scope; NotFound for the others", async () => {
    for (const key of recordKeys) {
      const [entry] = await db
        .select({ startedAt: timeEntries.startedAt, stoppedAt: timeEntries.stoppedAt })
        .from(timeEntries)
        .where(and(eq(timeEntries.orgId, org.orgId), eq(timeEntries.id, entryIds[key]!)));
      const list = () => listRecordEntries(ctx(), { recordId: recordIds[key] });
      const times = { startedAt: entry!.startedAt.toISOString(), stoppedAt: entry!.stoppedAt!.toISOString() };
      const correct = () => correctEntry(ctx(), { id: entryIds[key], ...times });
      const remove = () => removeEntry(ctx(), { id: entryIds[key] });
      if (inScope(who, key)) {
        expect((await list()).map((e) => e.id)).toEqual([entryIds[key]]);
        await correct();
      } else for (const run of [list, correct, remove]) await caught(run(), NotFoundError);
    }
  });

  it("lists the thread and serves the attachments of records in scope; NotFound for the others", async () => {
    for (const key of recordKeys) {
      const thread = () => listMessages(ctx(), { recordId: recordIds[key] });
      const download = () => getAttachmentDownload(ctx(), { id: attachmentIds[key] });
      const post = () => postMessage(ctx(), { recordId: recordIds[key], body: "Sızma" });
      if (inScope(who, key)) {
        const { messages } = await thread();
        expect(messages.map((m) => [m.body, m.attachments.map((a) => a.id)])).toEqual([[`Mesaj ${key}`, [attachmentIds[key]]]]);
        expect(Buffer.from((await download()).bytes).equals(PNG)).toBe(true);
      } else for (const run of [thread, download, post]) await caught(run(), NotFoundError);
    }
  });

  it("reports and exports only what is in scope: another person's report (Report 2) and Report 1's export", async () => {
    // The admin logged time on every record, so their report holds all six: each reader sees their part.
    const report = await userReport(ctx(), { userId: people.admin!.actor.userId, ...REPORT_RANGE });
    expect(report.rows.map((r) => keyOf(recordIds, r.id)).sort()).toEqual(expected.records);
    const exported = await exportUserReport(ctx(), { userId: people.admin!.actor.userId, ...REPORT_RANGE }, { locale: "en" });
    expect(subjectsOf(exported.table.rows)).toEqual(expected.records.map((r) => `Kayıt ${r}`));
    for (const key of customerKeys) {
      const run = exportCustomerReport(ctx(), { customerId: customerIds[key], ...REPORT_RANGE }, { locale: "en" });
      if (inScope(who, key))
        expect(subjectsOf((await run).table.rows)).toEqual(expected.records.filter((r) => RECORD_CUSTOMER[r] === key).map((r) => `Kayıt ${r}`));
      else await caught(run, NotFoundError);
    }
  });

  it("deletes a customer, a note and a time entry in scope; NotFound for the others, which remain", async () => {
    const admin = people.admin!;
    // A customer of the reader's own, held the way their scope reaches it.
    const holder: Record<string, Record<string, unknown>> = {
      department: { salesRepId: people.E1!.actor.userId },
      responsible: { salesRepId: ctx().actor.userId },
      subtree: { parentId: customerIds.c5 },
    };
    const own = await createCustomer(admin, {
      name: `Silinecek ${who}`,
      type: "customer",
      status: "first_contact",
      contact: { name: "Geçici Kişi" },
      ...holder[expected.scope],
    });
    if (expected.scope === "technician")
      await db.insert(customerTechnicians).values({ orgId: org.orgId, customerId: own.id, userId: ctx().actor.userId });
    for (const key of customerKeys.filter((k) => !inScope(who, k))) await caught(removeCustomer(ctx(), { id: customerIds[key] }), NotFoundError);
    await removeCustomer(ctx(), own);
    await caught(getCustomer(admin, own), NotFoundError);
    expect(namesOf((await listCustomers(admin, {})).rows)).toEqual(byName(customerKeys));

    const note = await addNote(admin, { customerId: customerIds[expected.customers[0]!], body: "Geçici not" });
    await removeNote(ctx(), note);
    expect((await listNotes(admin, { customerId: customerIds[expected.customers[0]!] })).rows.map((n) => n.id)).toEqual([
      noteIds[expected.customers[0]!],
    ]);

    const recordId = recordIds[expected.records[0]!]!;
    const day = String(10 + Object.keys(EXPECTED).indexOf(who)).padStart(2, "0");
    const entry = await addManualEntry(admin, { recordId, startedAt: `2026-11-${day}T09:00:00Z`, stoppedAt: `2026-11-${day}T10:00:00Z` });
    await removeEntry(ctx(), entry);
    expect((await listRecordEntries(admin, { recordId })).map((e) => e.id)).toEqual([entryIds[expected.records[0]!]]);
  });
});

describe("write scope", () => {
  it("lets an employee change what they are responsible for and hides a colleague's customer", async () => {
    const e1 = people.E1!;
    const mine = await getCustomer(e1, { id: customerIds.c1 });
    await updateCustomer(e1, { ...mine, name: "Bir Ltd" });
    await caught(updateCustomer(e1, { ...mine, id: customerIds.c2, version: 1, name: "Stolen" }), NotFoundError);
    const [c2] = await db
      .select({ name: customers.name })
      .from(customers)
      .where(and(eq(customers.orgId, org.orgId), eq(customers.id, customerIds.c2!)));
    expect(c2!.name).toBe(NAMES.c2);
  });

  it("keeps a customer its scoped creator adds in their sight", async () => {
    const added = await createCustomer(people.E2!, { name: "Yeni Ltd", type: "customer", status: "first_contact", contact: { name: "Yeni Kişi" } });
    expect((await getCustomer(people.E2!, added)).salesRepId).toBe(people.E2!.actor.userId);
    const byTechnician = await createCustomer(people.T!, {
      name: "Saha Ltd",
      type: "customer",
      status: "first_contact",
      contact: { name: "Saha Kişi" },
    });
    expect((await getCustomer(people.T!, byTechnician)).name).toBe("Saha Ltd");
    // Neither leaks to the other.
    await caught(getCustomer(people.E2!, byTechnician), NotFoundError);
    await caught(getCustomer(people.T!, added), NotFoundError);
    for (const id of [added.id, byTechnician.id]) await db.delete(customers).where(and(eq(customers.orgId, org.orgId), eq(customers.id, id)));
  });

  it("refuses a change inside the read scope but outside a narrower write scope as Forbidden", async () => {
    // Managers of this org may read their department but change only their own customers.
    await db.insert(positionScopes).values({ orgId: org.orgId, position: "manager", readScope: "department", writeScope: "responsible" });
    const manager = await loadOrgContext(people.M!.actor.userId, org.orgSlug);
    const c1 = await getCustomer(manager, { id: customerIds.c1 });
    await caught(updateCustomer(manager, { ...c1, name: "Changed" }), ForbiddenError);
    await caught(updateCustomer(manager, { ...c1, id: customerIds.c4, version: 1, name: "Changed" }), NotFoundError);
    await db.delete(positionScopes).where(eq(positionScopes.orgId, org.orgId));
  });
});
