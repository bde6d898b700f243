import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { memberProfiles, positionScopes, serviceRecords } from "@/db/schema";
import { CUSTOMER_TYPES } from "@/db/schema/enum-values";
import type { MemberPosition, PositionScope } from "@/db/schema/people";
import { listContacts } from "@/lib/contacts/list-contacts";
import { countCustomers } from "@/lib/customers/count-customers";
import { createCustomer } from "@/lib/customers/create-customer";
import { listCustomers } from "@/lib/customers/list-customers";
import { setCustomerTechnicians } from "@/lib/customers/set-customer-technicians";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { addPicklistItem } from "@/lib/picklists/manage-picklist";
import { countServiceRecords } from "@/lib/service/count-service-records";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { listServiceRecords } from "@/lib/service/list-service-records";
import { addMember, createOrg } from "./factories";
import { closeConnections } from "./helpers";

// Issue 10: random partner trees, departments, reports-to chains, positions, technicians, reps and
// assignments; for every member the real list verbs must return exactly what a plain reading of
// the scope definitions gives. The reference below is written from the text, not
// from lib/visibility: it shares no code with what it checks. VISIBILITY_SEED=<n> replays a run.

const BASE_SEED = Number(process.env.VISIBILITY_SEED ?? 20261201);
const WORLDS = 30;

/** mulberry32: a small deterministic generator, so a failing world can be rebuilt from its seed. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const chance = (p: number) => next() < p;
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  return { int, chance, pick };
}

type Type = (typeof CUSTOMER_TYPES)[number];
type PlannedCustomer = { key: string; type: Type; parent: number | null; salesRep: number | null; supportRep: number | null; technicians: number[] };
type PlannedMember = {
  admin: boolean;
  position: MemberPosition | null;
  department: number | null;
  reportsTo: number | null;
  technician: boolean;
  partner: number | null;
};
type PlannedRecord = { customer: number; assignees: number[]; creator: number | null };
type World = {
  departments: number;
  members: PlannedMember[];
  customers: PlannedCustomer[];
  records: PlannedRecord[];
  configured: Partial<Record<MemberPosition, PositionScope>>;
};

const POSITIONS: readonly MemberPosition[] = ["director", "manager_director", "manager", "employee"];
const SCOPES: readonly PositionScope[] = ["all", "department", "responsible"];

/** A world as plain data: which member is who, which customer sits where, who holds what. */
function planWorld(seed: number): World {
  const rng = generator(seed);
  const departments = rng.int(0, 3);
  const memberCount = rng.int(4, 9);
  const customers: PlannedCustomer[] = [];
  const addCustomer = (type: Type, parent: number | null) => {
    customers.push({ key: `c${customers.length}`, type, parent, salesRep: null, supportRep: null, technicians: [] });
    return customers.length - 1;
  };
  // Partner trees: a company gets 0–2 children of a lower rank, so a chain is at most four deep.
  const grow = (index: number) => {
    const rank = CUSTOMER_TYPES.indexOf(customers[index]!.type);
    if (rank === CUSTOMER_TYPES.length - 1) return;
    for (let n = rng.int(0, 2); n > 0 && customers.length < 16; n--)
      grow(addCustomer(CUSTOMER_TYPES[rng.int(rank + 1, CUSTOMER_TYPES.length - 1)]!, index));
  };
  for (let n = rng.int(0, 2); n > 0; n--) grow(addCustomer(rng.pick(CUSTOMER_TYPES.slice(0, 3)), null));
  for (let n = rng.int(2, 5); n > 0; n--) addCustomer("customer", null);
  const partners = customers.flatMap((c, i) => (c.type === "customer" ? [] : [i]));

  const members: PlannedMember[] = [];
  for (let i = 0; i < memberCount; i++)
    members.push({
      admin: rng.chance(0.08),
      position: rng.chance(0.2) ? null : rng.pick(POSITIONS),
      department: departments && rng.chance(0.75) ? rng.int(0, departments - 1) : null,
      // Only someone added earlier: the chains can never close into a cycle.
      reportsTo: i > 0 && rng.chance(0.6) ? rng.int(0, i - 1) : null,
      technician: rng.chance(0.3),
      partner: partners.length && rng.chance(0.2) ? rng.pick(partners) : null,
    });
  const someone = (p: number) => (rng.chance(p) ? rng.int(0, memberCount - 1) : null);
  const technicianIndexes = members.flatMap((m, i) => (m.technician ? [i] : []));
  for (const c of customers) {
    c.salesRep = someone(0.5);
    c.supportRep = someone(0.35);
    c.technicians = technicianIndexes.filter(() => rng.chance(0.35));
  }
  const records: PlannedRecord[] = [];
  for (let n = rng.int(3, 10); n > 0; n--) {
    const assignees = [...new Set(Array.from({ length: rng.int(0, 2) }, () => rng.int(0, memberCount - 1)))];
    records.push({ customer: rng.int(0, customers.length - 1), assignees, creator: someone(0.7) });
  }
  const configured: World["configured"] = {};
  for (const position of POSITIONS) if (rng.chance(0.3)) configured[position] = rng.pick(SCOPES);
  return { departments, members, customers, records, configured };
}

/** The definitions, read literally, as sets of plan indexes. */
function referenceScope(world: World, who: number | "admin") {
  const all = { customers: world.customers.map((_, i) => i), records: world.records.map((_, i) => i) };
  if (who === "admin") return { kind: "admin", ...all };
  const m = world.members[who]!;
  if (m.admin) return { kind: "admin", ...all };
  if (m.partner !== null) {
    // Their partner company and every customer below it; those customers' records, and records they are assigned to.
    const below = (i: number): boolean => i === m.partner || (world.customers[i]!.parent !== null && below(world.customers[i]!.parent!));
    const customers = all.customers.filter(below);
    return {
      kind: "subtree",
      customers,
      records: all.records.filter((r) => customers.includes(world.records[r]!.customer) || world.records[r]!.assignees.includes(who)),
    };
  }
  if (m.technician) {
    const customers = all.customers.filter((c) => world.customers[c]!.technicians.includes(who));
    return {
      kind: "technician",
      customers,
      records: all.records.filter((r) => customers.includes(world.records[r]!.customer) || world.records[r]!.assignees.includes(who)),
    };
  }
  if (m.position === null) return { kind: "unplaced", ...all };
  const defaults: Record<MemberPosition, PositionScope> = {
    director: "all",
    manager_director: "all",
    manager: "department",
    employee: "responsible",
  };
  const rule = world.configured[m.position] ?? defaults[m.position];
  if (rule === "all") return { kind: "all", ...all };
  const people = new Set([who]);
  if (rule === "department") {
    // Their department's members, and everyone reporting to them directly or indirectly.
    world.members.forEach((other, i) => {
      if ((m.department !== null && other.department === m.department) || reportsUpTo(world, i, who)) people.add(i);
    });
  }
  const holds = (i: number | null) => i !== null && people.has(i);
  return {
    kind: rule,
    customers: all.customers.filter((c) => {
      const row = world.customers[c]!;
      return holds(row.salesRep) || holds(row.supportRep) || row.technicians.some(holds);
    }),
    records: all.records.filter((r) => holds(world.records[r]!.creator) || world.records[r]!.assignees.some(holds)),
  };
}

/** `i`'s chain of managers reaches `manager`. */
function reportsUpTo(world: World, i: number, manager: number): boolean {
  for (let at = world.members[i]!.reportsTo; at !== null; at = world.members[at]!.reportsTo) if (at === manager) return true;
  return false;
}

/** Builds the world in a fresh org through the app's verbs (rows the verbs have no input for are written directly). */
async function buildWorld(world: World, seed: number) {
  const org = await createOrg(`Property ${seed}`);
  const admin = org.ctx;
  const userIds: string[] = [];
  for (const m of world.members) userIds.push((await addMember(org, "edit", m.admin ? "admin" : "member")).userId);
  const departmentIds: string[] = [];
  for (let d = 0; d < world.departments; d++)
    departmentIds.push((await addPicklistItem(admin, { list: "department", labels: { en: `Dept ${d}`, tr: `Bölüm ${d}`, ro: `Dept ${d}` } })).id);
  const customerIds: string[] = [];
  for (const c of world.customers) {
    const { id } = await createCustomer(admin, {
      name: `${c.key} Ltd`,
      type: c.type,
      status: "first_contact",
      parentId: c.parent === null ? undefined : customerIds[c.parent],
      salesRepId: c.salesRep === null ? undefined : userIds[c.salesRep],
      supportRepId: c.supportRep === null ? undefined : userIds[c.supportRep],
      contact: { name: `${c.key} Kişi` },
    });
    customerIds.push(id);
  }
  await db.insert(memberProfiles).values(
    world.members.map((m, i) => ({
      orgId: org.orgId,
      userId: userIds[i]!,
      position: m.position,
      departmentId: m.department === null ? null : departmentIds[m.department],
      reportsTo: m.reportsTo === null ? null : userIds[m.reportsTo],
      technician: m.technician,
      partnerCustomerId: m.partner === null ? null : customerIds[m.partner],
    })),
  );
  for (const [i, c] of world.customers.entries())
    if (c.technicians.length) await setCustomerTechnicians(admin, { customerId: customerIds[i], userIds: c.technicians.map((t) => userIds[t]) });
  const configured = Object.entries(world.configured);
  if (configured.length)
    await db
      .insert(positionScopes)
      .values(
        configured.map(([position, scope]) => ({ orgId: org.orgId, position: position as MemberPosition, readScope: scope, writeScope: scope })),
      );
  const recordIds: string[] = [];
  for (const [i, r] of world.records.entries()) {
    const { id } = await createServiceRecord(admin, {
      customerId: customerIds[r.customer],
      requestDate: "2026-11-02",
      subjectKind: "text",
      subject: `Kayıt ${i}`,
      assigneeIds: r.assignees.map((a) => userIds[a]),
    });
    recordIds.push(id);
    // The creator is whoever files the record; the admin filed them all, so name the planned one.
    if (r.creator !== null)
      await db
        .update(serviceRecords)
        .set({ createdById: userIds[r.creator] })
        .where(and(eq(serviceRecords.orgId, org.orgId), eq(serviceRecords.id, id)));
  }
  return { org, userIds, customerIds, recordIds };
}

afterAll(closeConnections);

describe("visibility property: random worlds against a reference reading of the scopes", () => {
  it(`holds for ${WORLDS} worlds from seed ${BASE_SEED}`, { timeout: 60_000 }, async () => {
    // Which rules the worlds exercised, and how many of those members saw something but not everything.
    const seen = new Map<string, number>();
    for (let n = 0; n < WORLDS; n++) {
      const seed = BASE_SEED + n;
      const world = planWorld(seed);
      const built = await buildWorld(world, seed);
      const subjects: (number | "admin")[] = ["admin", ...world.members.map((_, i) => i)];
      for (const who of subjects) {
        const ctx = who === "admin" ? built.org.ctx : await loadOrgContext(built.userIds[who]!, built.org.orgSlug);
        const expected = referenceScope(world, who);
        const partial = expected.customers.length > 0 && expected.customers.length < world.customers.length;
        seen.set(expected.kind, (seen.get(expected.kind) ?? 0) + (partial ? 1 : 0));
        const customers = expected.customers.map((i) => built.customerIds[i]!).sort();
        const records = expected.records.map((i) => built.recordIds[i]!).sort();
        const label = `VISIBILITY_SEED=${seed} member=${who} ${JSON.stringify(who === "admin" ? "admin" : world.members[who])}\nworld=${JSON.stringify(world)}`;
        const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
        expect(ids((await listCustomers(ctx, {})).rows), `customers list — ${label}`).toEqual(customers);
        expect(ids((await listCustomers(ctx, { q: "ltd" })).rows), `customer search — ${label}`).toEqual(customers);
        expect(await countCustomers(ctx, {}), `customer count — ${label}`).toBe(customers.length);
        expect((await listContacts(ctx, {})).rows.map((r) => r.customer.id).sort(), `contacts list — ${label}`).toEqual(customers);
        expect(ids((await listServiceRecords(ctx, {})).rows), `service list — ${label}`).toEqual(records);
        expect(await countServiceRecords(ctx, {}), `service count — ${label}`).toBe(records.length);
      }
    }
    // The generator reaches every rule, and each narrowing rule sometimes with a partial view.
    expect([...seen.keys()].sort()).toEqual(["admin", "all", "department", "responsible", "subtree", "technician", "unplaced"]);
    for (const kind of ["department", "responsible", "subtree", "technician"]) expect(seen.get(kind), kind).toBeGreaterThan(0);
  });
});
