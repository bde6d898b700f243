import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, businessCalendars, contracts, customers, customerTechnicians, memberProfiles, picklistItems } from "@/db/schema";
import type { ContractState } from "@/db/schema/enum-values";
import { createBusinessCalendar } from "@/lib/calendars/create-business-calendar";
import { deleteBusinessCalendar } from "@/lib/calendars/delete-business-calendar";
import { getBusinessCalendar } from "@/lib/calendars/get-business-calendar";
import { listBusinessCalendars } from "@/lib/calendars/list-business-calendars";
import { updateBusinessCalendar } from "@/lib/calendars/update-business-calendar";
import { setClock } from "@/lib/clock";
import { countContracts } from "@/lib/contracts/count-contracts";
import { attachContractFile } from "@/lib/contracts/attach-contract-file";
import { createContract } from "@/lib/contracts/create-contract";
import { deleteContract } from "@/lib/contracts/delete-contract";
import { getContract } from "@/lib/contracts/get-contract";
import { getContractFile } from "@/lib/contracts/get-contract-file";
import { listContracts } from "@/lib/contracts/list-contracts";
import { listCustomerContracts } from "@/lib/contracts/list-customer-contracts";
import { terminateContract } from "@/lib/contracts/terminate-contract";
import { updateContract } from "@/lib/contracts/update-contract";
import { createCustomer } from "@/lib/customers/create-customer";
import { removeCustomer } from "@/lib/customers/remove-customer";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { getOrgSettings } from "@/lib/orgs/get-org-settings";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { updateOrgSettings } from "@/lib/orgs/update-org-settings";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// Issue 11 item 4 (SPEC K1, C3) and item 3's persistence: contracts and business calendars through
// their verbs against the real database.

type Org = Awaited<ReturnType<typeof createOrg>>;
type Ctx = Org["ctx"];
let istanbul: Org;
let bucharest: Org;
let other: Org;

async function typeId(org: { orgId: string }, key = "sla") {
  const [row] = await db
    .select({ id: picklistItems.id })
    .from(picklistItems)
    .where(and(eq(picklistItems.orgId, org.orgId), eq(picklistItems.list, "contract_type"), eq(picklistItems.key, key)));
  return row!.id;
}

async function customer(ctx: Ctx, name: string, extra: Record<string, unknown> = {}) {
  return (await createCustomer(ctx, { name, type: "customer", status: "first_contact", contact: { name: `${name} Kişi` }, ...extra })).id;
}

async function contract(org: Org, customerId: string, extra: Record<string, unknown> = {}, ctx: Ctx = org.ctx) {
  return (await createContract(ctx, { customerId, typeId: await typeId(org), name: "Bakım sözleşmesi", ...extra })).id;
}

async function feed(org: { orgId: string }, customerId: string) {
  const rows = await db
    .select({ kind: activities.kind, changes: activities.changes })
    .from(activities)
    .where(and(eq(activities.orgId, org.orgId), eq(activities.customerId, customerId)))
    .orderBy(activities.createdAt, activities.id);
  return rows;
}

const statusOf = async (id: string) => (await db.select({ s: customers.status }).from(customers).where(eq(customers.id, id)))[0]!.s;

beforeAll(async () => {
  istanbul = await createOrg("Contracts Istanbul");
  const ro = await createOrg("Contracts Bucharest");
  await updateOrgSettings(ro.ctx, { ...getOrgSettings(ro.ctx), timeZone: "Europe/Bucharest" });
  bucharest = { ...ro, ctx: await loadOrgContext(ro.userId, ro.orgSlug) };
  other = await createOrg("Contracts Other");
});
afterEach(() => setClock(null));
afterAll(closeConnections);

describe("new orgs", () => {
  it("start with the contract types and one default working-hours calendar", async () => {
    const types = await db
      .select({ key: picklistItems.key })
      .from(picklistItems)
      .where(and(eq(picklistItems.orgId, istanbul.orgId), eq(picklistItems.list, "contract_type")))
      .orderBy(picklistItems.position);
    expect(types.map((t) => t.key)).toEqual(["sla", "ola", "maintenance", "sales", "order"]);
    const [calendar, ...more] = await listBusinessCalendars(istanbul.ctx);
    expect(more).toEqual([]);
    expect(calendar).toMatchObject({ name: "Working hours", timeZone: "Europe/Istanbul", isDefault: true, country: null });
    expect(calendar!.week.mon).toEqual([{ start: "09:00", end: "18:00" }]);
    expect(calendar!.week.sat).toEqual([]);
  });
});

describe("contracts", () => {
  it("creates, updates with a version check, terminates and deletes, each in the customer's feed", async () => {
    setClock(new Date("2027-03-01T09:00:00Z"));
    const c = await customer(istanbul.ctx, "Akdeniz Gıda");
    const id = await contract(istanbul, c, { startsOn: "2027-01-01", endsOn: "2027-12-31", notifyBeforeDays: "30", renewalMonths: "12" });
    const created = await getContract(istanbul.ctx, { id });
    expect(created).toMatchObject({ name: "Bakım sözleşmesi", customerName: "Akdeniz Gıda", state: "active", renewalMonths: 12, version: 1 });

    await updateContract(istanbul.ctx, { ...editable(created), name: "SLA 2027", version: 1 });
    // Someone else's edit in between: the stale save is refused and changes nothing.
    await caught(updateContract(istanbul.ctx, { ...editable(created), name: "Eski", version: 1 }), ConflictError);
    expect((await getContract(istanbul.ctx, { id })).name).toBe("SLA 2027");

    await terminateContract(istanbul.ctx, { id, version: 2, terminatedOn: "2027-03-01", reason: "Müşteri talebi" });
    expect((await getContract(istanbul.ctx, { id })).state).toBe("terminated");
    await caught(terminateContract(istanbul.ctx, { id, version: 3, terminatedOn: "2027-03-02" }), ConflictError);

    await deleteContract(istanbul.ctx, { id });
    await caught(getContract(istanbul.ctx, { id }), NotFoundError);
    const kinds = (await feed(istanbul, c)).map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(["contract.created", "contract.updated", "contract.terminated", "contract.deleted"]));
  });

  it("refuses bad input next to the field", async () => {
    const c = await customer(istanbul.ctx, "Hatalı Ltd");
    const errors = async (extra: Record<string, unknown>) => (await caught(contract(istanbul, c, extra), ValidationError)).fieldErrors;
    expect(await errors({ startsOn: "2027-05-01", endsOn: "2027-04-30" })).toMatchObject({ endsOn: "endBeforeStart" });
    expect(await errors({ notifyBeforeDays: "-1" })).toMatchObject({ notifyBeforeDays: "nonNegative" });
    expect(await errors({ noticeDays: "1.5" })).toMatchObject({ noticeDays: "invalid" });
    expect(await errors({ autoRenew: true, startsOn: "2027-01-01" })).toMatchObject({ renewalMonths: "renewalNeedsEnd" });
    // A type of another org's picklist is unknown here.
    expect(await errors({ typeId: await typeId(other) })).toMatchObject({ typeId: "invalid" });
    // So is another org's customer.
    const foreign = await customer(other.ctx, "Başka Org Müşterisi");
    expect(await errors({ customerId: foreign })).toMatchObject({ customerId: "invalid" });
  });

  it("keeps orgs apart: org B neither sees nor changes org A's contracts", async () => {
    const c = await customer(istanbul.ctx, "Gizli AŞ");
    const id = await contract(istanbul, c, { startsOn: "2026-01-01" });
    await caught(getContract(other.ctx, { id }), NotFoundError);
    await caught(deleteContract(other.ctx, { id }), NotFoundError);
    await caught(updateContract(other.ctx, { ...editable(await getContract(istanbul.ctx, { id })), version: 1 }), NotFoundError);
    expect((await listContracts(other.ctx, {})).rows.map((r) => r.id)).not.toContain(id);
    expect((await getContract(istanbul.ctx, { id })).version).toBe(1);
  });

  it("follows the permission levels: View reads, Contribute adds, Edit terminates, Manage deletes", async () => {
    const c = await customer(istanbul.ctx, "Seviye Ltd");
    const id = await contract(istanbul, c, { startsOn: "2026-01-01" });
    const view = (await addMember(istanbul, "view")).ctx;
    const contribute = (await addMember(istanbul, "contribute")).ctx;
    const edit = (await addMember(istanbul, "edit")).ctx;
    expect((await getContract(view, { id })).id).toBe(id);
    await caught(contract(istanbul, c, {}, view), ForbiddenError);
    await contract(istanbul, c, {}, contribute);
    await caught(terminateContract(contribute, { id, version: 1, terminatedOn: "2027-01-01" }), ForbiddenError);
    await caught(deleteContract(edit, { id }), ForbiddenError);
    await terminateContract(edit, { id, version: 1, terminatedOn: "2027-01-01" });
    await caught(createBusinessCalendar(edit, calendarInput("Edit cannot")), ForbiddenError);
  });

  it("shows a technician only the contracts of customers they are authorised for", async () => {
    const mine = await customer(istanbul.ctx, "Yetkili Müşteri");
    const notMine = await customer(istanbul.ctx, "Yetkisiz Müşteri");
    const technician = await addMember(istanbul, "manage");
    await db.insert(memberProfiles).values({ orgId: istanbul.orgId, userId: technician.userId, technician: true });
    await db.insert(customerTechnicians).values({ orgId: istanbul.orgId, customerId: mine, userId: technician.userId });
    const ctx = await loadOrgContext(technician.userId, istanbul.orgSlug);
    const visible = await contract(istanbul, mine, { startsOn: "2026-01-01" });
    const hidden = await contract(istanbul, notMine, { startsOn: "2026-01-01" });
    const ids = (await listContracts(ctx, {})).rows.map((r) => r.id);
    expect(ids).toContain(visible);
    expect(ids).not.toContain(hidden);
    await caught(getContract(ctx, { id: hidden }), NotFoundError);
    await caught(deleteContract(ctx, { id: hidden }), NotFoundError);
    // Writing a contract for a customer out of scope is the same field error as an unknown id.
    expect((await caught(contract(istanbul, notMine, {}, ctx), ValidationError)).fieldErrors).toMatchObject({ customerId: "invalid" });
    await contract(istanbul, mine, {}, ctx);
  });
});

describe("the contract file and the customer's deletion", () => {
  it("keeps a file whose content is accepted, refuses one that is not, and serves it only within the org", async () => {
    const c = await customer(istanbul.ctx, "Dosya Ltd");
    const id = await contract(istanbul, c);
    const pdf = new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")], "imzali.png");
    // The name's extension follows the content.
    expect(await attachContractFile(istanbul.ctx, { id, file: pdf })).toEqual({ id, fileName: "imzali.pdf" });
    const stored = await getContractFile(istanbul.ctx, { id });
    expect(stored.contentType).toBe("application/pdf");
    expect(Buffer.from(stored.bytes).toString("latin1")).toMatch(/^%PDF-1\.4/);
    const binary = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04])], "setup.pdf");
    expect((await caught(attachContractFile(istanbul.ctx, { id, file: binary }), ValidationError)).fieldErrors).toEqual({ file: "fileType" });
    await caught(getContractFile(other.ctx, { id }), NotFoundError);
    const view = (await addMember(istanbul, "view")).ctx;
    await caught(attachContractFile(view, { id, file: pdf }), ForbiddenError);
    expect((await getContractFile(view, { id })).contentType).toBe("application/pdf");
  });

  it("deleting a customer deletes its contracts, renewal chains included", async () => {
    const c = await customer(istanbul.ctx, "Silinecek AŞ");
    const first = await contract(istanbul, c, { startsOn: "2026-01-01", endsOn: "2026-12-31" });
    const second = await contract(istanbul, c, { startsOn: "2027-01-01", endsOn: "2027-12-31" });
    await db.update(contracts).set({ previousId: first }).where(eq(contracts.id, second));
    await removeCustomer(istanbul.ctx, { id: c });
    expect(await db.select({ id: contracts.id }).from(contracts).where(eq(contracts.customerId, c))).toEqual([]);
  });

  it("deleting a term in the middle of a chain keeps the chain whole", async () => {
    const c = await customer(istanbul.ctx, "Zincir AŞ");
    const [a, b, d] = [
      await contract(istanbul, c, { startsOn: "2025-01-01", endsOn: "2025-12-31", name: "2025" }),
      await contract(istanbul, c, { startsOn: "2026-01-01", endsOn: "2026-12-31", name: "2026" }),
      await contract(istanbul, c, { startsOn: "2027-01-01", endsOn: "2027-12-31", name: "2027" }),
    ];
    await db.update(contracts).set({ previousId: a }).where(eq(contracts.id, b!));
    await db.update(contracts).set({ previousId: b }).where(eq(contracts.id, d!));
    expect((await getContract(istanbul.ctx, { id: b! })).chain.map((t) => t.name)).toEqual(["2025", "2026", "2027"]);
    await deleteContract(istanbul.ctx, { id: b! });
    const chain = (await getContract(istanbul.ctx, { id: d! })).chain;
    expect(chain.map((t) => [t.name, t.state])).toEqual([
      ["2025", "renewed"],
      ["2027", expect.any(String)],
    ]);
  });
});

describe("C3: contracts move the customer's lifecycle status", () => {
  it("a draft contract makes a first-contact customer potential; an active one makes it active, each logged", async () => {
    setClock(new Date("2027-03-01T09:00:00Z"));
    const c = await customer(istanbul.ctx, "Yaşam Döngüsü AŞ");
    const id = await contract(istanbul, c);
    expect(await statusOf(c)).toBe("potential");
    const draft = await getContract(istanbul.ctx, { id });
    await updateContract(istanbul.ctx, { ...editable(draft), startsOn: "2027-02-01", endsOn: "2028-01-31", version: 1 });
    expect(await statusOf(c)).toBe("active");
    const moves = (await feed(istanbul, c)).filter((r) => r.kind === "customer.statusMoved").map((r) => r.changes?.status);
    expect(moves).toEqual([
      { from: "first_contact", to: "potential" },
      { from: "potential", to: "active" },
    ]);
  });

  it("never moves a status backwards", async () => {
    const c = await customer(istanbul.ctx, "Zaten Aktif", { status: "active" });
    await contract(istanbul, c);
    expect(await statusOf(c)).toBe("active");
    expect((await feed(istanbul, c)).some((r) => r.kind === "customer.statusMoved")).toBe(false);
  });
});

/** What the form sends back for a loaded contract. */
function editable(c: Awaited<ReturnType<typeof getContract>>) {
  return {
    id: c.id,
    customerId: c.customerId,
    typeId: c.typeId,
    name: c.name,
    description: c.description ?? "",
    startsOn: c.startsOn ?? "",
    endsOn: c.endsOn ?? "",
    renewalMonths: c.renewalMonths ?? "",
    noticeDays: c.noticeDays,
    notifyBeforeDays: c.notifyBeforeDays,
    notifyAfterDays: c.notifyAfterDays,
    autoRenew: c.autoRenew,
  };
}

describe("state through the list filter", () => {
  /**
   * Contracts whose boundaries fall on the instants below. Each instant is checked twice: the state
   * the list shows (SQL) against lib/contracts/state.ts, and against the state written here by hand.
   */
  async function fixture(org: Org) {
    const c = await customer(org.ctx, `Sınır ${org.ctx.org.timeZone}`);
    const ids = {
      ending: await contract(org, c, { startsOn: "2027-01-01", endsOn: "2027-01-10", notifyBeforeDays: "7" }),
      startsLater: await contract(org, c, { startsOn: "2027-01-05", endsOn: "2027-12-31" }),
      terminated: await contract(org, c, { startsOn: "2026-01-01", endsOn: "2027-12-31" }),
      renewed: await contract(org, c, { startsOn: "2026-01-01", endsOn: "2027-01-10", renewalMonths: "12" }),
    };
    await terminateContract(org.ctx, { id: ids.terminated, version: 1, terminatedOn: "2027-01-05" });
    const successor = await contract(org, c, { startsOn: "2027-01-11", endsOn: "2028-01-10" });
    await db.update(contracts).set({ previousId: ids.renewed }).where(eq(contracts.id, successor));
    return { customerId: c, ids };
  }

  const cases: { zone: () => Org; offsetHours: number }[] = [
    { zone: () => istanbul, offsetHours: 3 },
    { zone: () => bucharest, offsetHours: 2 },
  ];

  for (const { zone, offsetHours } of cases) {
    it(`agrees with state.ts on the boundary days (UTC+${offsetHours})`, async () => {
      const org = zone();
      const { customerId, ids } = await fixture(org);
      /** Local midnight of a day, as UTC, minus a minute or exactly. */
      const midnight = (day: string, minusMinutes = 0) =>
        new Date(new Date(`${day}T00:00:00Z`).getTime() - offsetHours * 3600_000 - minusMinutes * 60_000);
      const expected: [Date, Record<keyof typeof ids, ContractState>][] = [
        [midnight("2027-01-03", 1), { ending: "active", startsLater: "draft", terminated: "active", renewed: "renewed" }],
        [midnight("2027-01-03"), { ending: "expiring_soon", startsLater: "draft", terminated: "active", renewed: "renewed" }],
        [midnight("2027-01-05", 1), { ending: "expiring_soon", startsLater: "draft", terminated: "active", renewed: "renewed" }],
        [midnight("2027-01-05"), { ending: "expiring_soon", startsLater: "active", terminated: "terminated", renewed: "renewed" }],
        [midnight("2027-01-11", 1), { ending: "expiring_soon", startsLater: "active", terminated: "terminated", renewed: "renewed" }],
        [midnight("2027-01-11"), { ending: "expired", startsLater: "active", terminated: "terminated", renewed: "renewed" }],
      ];
      for (const [at, states] of expected) {
        setClock(at);
        const rows = (await listContracts(org.ctx, { customer: customerId })).rows;
        for (const [key, state] of Object.entries(states) as [keyof typeof ids, ContractState][]) {
          const row = rows.find((r) => r.id === ids[key])!;
          expect({ at: at.toISOString(), key, state: row.state }).toEqual({ at: at.toISOString(), key, state });
          expect((await getContract(org.ctx, { id: ids[key] })).state).toBe(state);
          // The filter by that state finds the row, and the count agrees.
          const filtered = await listContracts(org.ctx, { customer: customerId, state });
          expect(filtered.rows.map((r) => r.id)).toContain(ids[key]);
          expect(await countContracts(org.ctx, { customer: customerId, state })).toBe(filtered.rows.length);
        }
      }
    });
  }

  it('"ending within N days" counts from today in the org\'s zone, both ends inclusive', async () => {
    const org = istanbul;
    const c = await customer(org.ctx, "Yakında Bitecek");
    const today = await contract(org, c, { startsOn: "2027-01-01", endsOn: "2027-06-01" });
    const inFive = await contract(org, c, { startsOn: "2027-01-01", endsOn: "2027-06-06" });
    const inSix = await contract(org, c, { startsOn: "2027-01-01", endsOn: "2027-06-07" });
    const ended = await contract(org, c, { startsOn: "2027-01-01", endsOn: "2027-05-31" });
    // 1 June 00:30 in Istanbul is still 31 May in UTC.
    setClock(new Date("2027-05-31T21:30:00Z"));
    const ids = (await listContracts(org.ctx, { customer: c, within: "5" })).rows.map((r) => r.id);
    expect(ids).toEqual([today, inFive]);
    expect(ids).not.toContain(inSix);
    expect(ids).not.toContain(ended);
    const current = await listCustomerContracts(org.ctx, { customerId: c });
    expect(current.current?.id).toBe(inSix);
  });
});

describe("business calendars", () => {
  it("keeps a lunch break and a yearly holiday, and one default per org", async () => {
    const ctx = istanbul.ctx;
    const { id } = await createBusinessCalendar(ctx, {
      ...calendarInput("Servis vardiyası"),
      hours: {
        ...calendarInput("x").hours,
        mon: [
          { start: "09:00", end: "12:30" },
          { start: "13:30", end: "18:00" },
        ],
      },
      holidays: [{ kind: "yearly", date: "10-29", name: "Cumhuriyet Bayramı", until: "" }],
      country: "TR",
    });
    const saved = await getBusinessCalendar(ctx, { id });
    expect(saved.week.mon).toEqual([
      { start: "09:00", end: "12:30" },
      { start: "13:30", end: "18:00" },
    ]);
    expect(saved.holidays).toEqual([{ kind: "yearly", date: "10-29", name: "Cumhuriyet Bayramı", until: null }]);

    // Overlapping segments are refused next to the segment.
    const overlap = await caught(
      updateBusinessCalendar(ctx, {
        ...calendarInput("Servis vardiyası"),
        id,
        version: 1,
        hours: {
          ...calendarInput("x").hours,
          tue: [
            { start: "09:00", end: "13:00" },
            { start: "12:00", end: "18:00" },
          ],
        },
      }),
      ValidationError,
    );
    expect(overlap.fieldErrors).toMatchObject({ "hours.tue.1.start": "segmentsOverlap" });

    // Making it the default takes the flag from the seeded one.
    await updateBusinessCalendar(ctx, { ...calendarInput("Servis vardiyası"), id, version: 1, isDefault: true, country: "TR" });
    const defaults = (await listBusinessCalendars(ctx)).filter((c) => c.isDefault);
    expect(defaults.map((c) => c.id)).toEqual([id]);
    await caught(deleteBusinessCalendar(ctx, { id }), ConflictError);
    await caught(updateBusinessCalendar(ctx, { ...calendarInput("Servis vardiyası"), id, version: 2, isDefault: false }), ValidationError);
    await caught(updateBusinessCalendar(ctx, { ...calendarInput("Eski sürüm"), id, version: 1, isDefault: true }), ConflictError);

    // The old default is an ordinary calendar now and can go.
    const old = (await listBusinessCalendars(ctx)).find((c) => c.name === "Working hours")!;
    await deleteBusinessCalendar(ctx, { id: old.id });
    expect((await listBusinessCalendars(ctx)).map((c) => c.id)).not.toContain(old.id);
    // Another org's calendar is not found.
    await caught(getBusinessCalendar(other.ctx, { id }), NotFoundError);
    const rows = await db.select({ id: businessCalendars.id }).from(businessCalendars).where(eq(businessCalendars.orgId, istanbul.orgId));
    expect(rows.map((r) => r.id)).toEqual([id]);
  });
});

function calendarInput(name: string) {
  const day = [{ start: "09:00", end: "18:00" }];
  return {
    name,
    timeZone: "Europe/Istanbul",
    hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] },
    holidays: [],
    country: "",
    isDefault: false,
  };
}
