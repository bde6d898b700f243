import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { customers, customerTree, memberProfiles, users } from "@/db/schema";
import { countCustomers } from "@/lib/customers/count-customers";
import { createCustomer } from "@/lib/customers/create-customer";
import { getCustomer } from "@/lib/customers/get-customer";
import { listCustomers } from "@/lib/customers/list-customers";
import { searchCustomerOptions } from "@/lib/customers/search-customer-options";
import { updateCustomer } from "@/lib/customers/update-customer";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { listServiceRecords } from "@/lib/service/list-service-records";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { addMember, createOrg, PASSWORD, uniqueEmail } from "./factories";
import { caught, closeConnections, emailsTo, tokenFromLink } from "./helpers";

// Issue 10, item 7 (SPEC T7): partner staff see their company's sub-tree only, add customers
// below it of a lower type only, and a move of a sub-tree moves its access. The closure table is
// kept by triggers; checked here against the parent links themselves.

type Org = Awaited<ReturnType<typeof createOrg>>;
let org: Org;
const ids: Record<string, string> = {};
let dealerStaff: Org["ctx"];
let distributorStaff: Org["ctx"];

const TYPE = { dist1: "distributor", dist2: "distributor", dealerA: "dealer", dealerB: "dealer", endA: "customer", endB: "customer" } as const;
const PARENT: Record<string, string | null> = { dist1: null, dist2: null, dealerA: "dist1", dealerB: "dist2", endA: "dealerA", endB: "dealerB" };
const NAME: Record<string, string> = {
  dist1: "Kuzey Dağıtım",
  dist2: "Güney Dağıtım",
  dealerA: "Ankara Bayi",
  dealerB: "İzmir Bayi",
  endA: "Ankara Otel",
  endB: "İzmir Otel",
};

async function staffOf(company: string, level: "edit" | "manage" = "edit") {
  const member = await addMember(org, level);
  await db.insert(memberProfiles).values({ orgId: org.orgId, userId: member.userId, partnerCustomerId: ids[company] });
  return loadOrgContext(member.userId, org.orgSlug);
}

const names = (rows: { name: string }[]) => rows.map((r) => r.name).sort();
const keys = (...list: string[]) => list.map((k) => NAME[k]!).sort();

/** Every (ancestor, descendant) pair by walking parent links: what the closure table must hold. */
async function expectedClosure() {
  const rows = await db.select({ id: customers.id, parentId: customers.parentId }).from(customers).where(eq(customers.orgId, org.orgId));
  const parent = new Map(rows.map((r) => [r.id, r.parentId]));
  const pairs: string[] = [];
  for (const { id } of rows)
    for (let at: string | null | undefined = id, depth = 0; at; at = parent.get(at), depth++) pairs.push(`${at}>${id}@${depth}`);
  return pairs.sort();
}
/** Each customer's path from the top down, itself last: what customers.ancestor_ids must hold. */
async function expectedPaths() {
  const rows = await db.select({ id: customers.id, parentId: customers.parentId }).from(customers).where(eq(customers.orgId, org.orgId));
  const parent = new Map(rows.map((r) => [r.id, r.parentId]));
  const paths: string[] = [];
  for (const { id } of rows) {
    const path: string[] = [];
    for (let at: string | null | undefined = id; at; at = parent.get(at)) path.unshift(at);
    paths.push(`${id}:${path.join("/")}`);
  }
  return paths.sort();
}
async function actualPaths() {
  const rows = await db.select({ id: customers.id, path: customers.ancestorIds }).from(customers).where(eq(customers.orgId, org.orgId));
  return rows.map((r) => `${r.id}:${r.path.join("/")}`).sort();
}
async function actualClosure() {
  const rows = await db.select().from(customerTree).where(eq(customerTree.orgId, org.orgId));
  return rows.map((r) => `${r.ancestorId}>${r.descendantId}@${r.depth}`).sort();
}

beforeAll(async () => {
  org = await createOrg("Partner Tree Org");
  for (const key of Object.keys(TYPE) as (keyof typeof TYPE)[]) {
    const parentKey = PARENT[key];
    ids[key] = (
      await createCustomer(org.ctx, {
        name: NAME[key],
        type: TYPE[key],
        status: "active",
        parentId: parentKey ? ids[parentKey] : "",
        contact: { name: `${NAME[key]} Kişi` },
      })
    ).id;
  }
  dealerStaff = await staffOf("dealerA");
  distributorStaff = await staffOf("dist1");
});
afterAll(closeConnections);

describe("partner staff", () => {
  it("see exactly their company's sub-tree in the list, search, count, picker and by id", async () => {
    expect(names((await listCustomers(dealerStaff, {})).rows)).toEqual(keys("dealerA", "endA"));
    expect(names((await listCustomers(distributorStaff, {})).rows)).toEqual(keys("dist1", "dealerA", "endA"));
    expect(await countCustomers(dealerStaff, {})).toBe(2);
    expect(names((await listCustomers(dealerStaff, { q: "izmir" })).rows)).toEqual([]);
    expect(names(await searchCustomerOptions(dealerStaff, { q: "otel" }, "en"))).toEqual(keys("endA"));
    await caught(getCustomer(dealerStaff, { id: ids.endB }), NotFoundError);
    await caught(getCustomer(dealerStaff, { id: ids.dist1 }), NotFoundError);
  });

  it("see the service records of their sub-tree only", async () => {
    const inside = await createServiceRecord(org.ctx, {
      customerId: ids.endA,
      requestDate: "2026-11-03",
      subjectKind: "text",
      subject: "Klima bakımı",
    });
    await createServiceRecord(org.ctx, { customerId: ids.endB, requestDate: "2026-11-03", subjectKind: "text", subject: "Kamera arızası" });
    expect((await listServiceRecords(dealerStaff, {})).rows.map((r) => r.id)).toEqual([inside.id]);
  });

  it("add customers below their company, of a lower type, and nowhere else", async () => {
    const added = await createCustomer(dealerStaff, {
      name: "Ankara Kafe",
      type: "customer",
      status: "first_contact",
      contact: { name: "Kafe Kişi" },
    });
    expect((await getCustomer(dealerStaff, added)).parentId).toBe(ids.dealerA);
    const sameRank = await caught(
      createCustomer(dealerStaff, { name: "Alt Bayi", type: "dealer", status: "first_contact", contact: { name: "X" } }),
      ValidationError,
    );
    expect(sameRank.fieldErrors).toEqual({ type: "typeNotBelowParent" });
    const elsewhere = await caught(
      createCustomer(dealerStaff, { name: "Başka Otel", type: "customer", status: "first_contact", parentId: ids.dealerB, contact: { name: "Y" } }),
      ValidationError,
    );
    expect(elsewhere.fieldErrors).toEqual({ parentId: "invalid" });
    // A distributor's staff may add a dealer below their distributor.
    const dealer = await createCustomer(distributorStaff, { name: "Bursa Bayi", type: "dealer", status: "first_contact", contact: { name: "Z" } });
    expect((await getCustomer(distributorStaff, dealer)).parentId).toBe(ids.dist1);
    // Their own company keeps its type and place.
    const own = await getCustomer(dealerStaff, { id: ids.dealerA });
    expect((await caught(updateCustomer(dealerStaff, { ...own, type: "distributor" }), ValidationError)).fieldErrors).toEqual({
      type: "partnerCompanyFixed",
    });
    for (const id of [added.id, dealer.id]) await db.delete(customers).where(and(eq(customers.orgId, org.orgId), eq(customers.id, id)));
  });
});

describe("partner staff inviting", () => {
  it("make the invitee staff of the same company, never at a higher level", async () => {
    const manager = await staffOf("dealerA", "manage");
    const email = uniqueEmail("dealer-staff");
    await createInvitation(manager, { email, role: "member", level: "edit" });
    const [mail] = await emailsTo(email);
    await acceptInvitation({ token: tokenFromLink(mail!.html, "/invite/"), name: "Bayi Çalışanı", password: PASSWORD }, null);
    const [joined] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    const invitee = await loadOrgContext(joined!.id, org.orgSlug);
    expect(invitee.t.scope.read).toEqual({ kind: "subtree", rootId: ids.dealerA, userId: joined!.id });
    expect(names((await listCustomers(invitee, {})).rows)).toEqual(keys("dealerA", "endA"));
    // Nobody of a partner invites an admin; below Manage they cannot invite at all.
    await caught(createInvitation(manager, { email: uniqueEmail("y"), role: "admin", level: "manage" }), ForbiddenError);
    await caught(createInvitation(await staffOf("dealerA"), { email: uniqueEmail("x"), role: "member", level: "edit" }), ForbiddenError);
  });
});

describe("the hierarchy", () => {
  it("refuses a company below itself or its own sub-tree", async () => {
    const dist1 = await getCustomer(org.ctx, { id: ids.dist1 });
    expect((await caught(updateCustomer(org.ctx, { ...dist1, parentId: ids.endA }), ValidationError)).fieldErrors).toEqual({
      parentId: "parentInOwnTree",
    });
    expect((await caught(updateCustomer(org.ctx, { ...dist1, parentId: ids.dist1 }), ValidationError)).fieldErrors).toEqual({
      parentId: "parentInOwnTree",
    });
    expect(await actualClosure()).toEqual(await expectedClosure());
    expect(await actualPaths()).toEqual(await expectedPaths());
  });

  it("moves a sub-tree's access with it", async () => {
    expect(await actualPaths()).toEqual(await expectedPaths());
    const dealerA = await getCustomer(org.ctx, { id: ids.dealerA });
    await updateCustomer(org.ctx, { ...dealerA, parentId: ids.dist2 });
    expect(await actualClosure()).toEqual(await expectedClosure());
    // The moved dealer's end customer two levels down carries the new path too.
    expect(await actualPaths()).toEqual(await expectedPaths());
    const movedAway = await loadOrgContext(distributorStaff.actor.userId, org.orgSlug);
    expect(names((await listCustomers(movedAway, {})).rows)).toEqual(keys("dist1"));
    // The dealer's own staff still see their company and what is below it.
    expect(names((await listCustomers(dealerStaff, {})).rows)).toEqual(keys("dealerA", "endA"));
  });
});
