import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { customerTechnicians, memberProfiles, positionScopes, serviceRecords, users } from "@/db/schema";
import type { MemberPosition } from "@/db/schema/people";
import { createCustomer } from "@/lib/customers/create-customer";
import { getCustomer } from "@/lib/customers/get-customer";
import { updateCustomer } from "@/lib/customers/update-customer";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { addPicklistItem } from "@/lib/picklists/manage-picklist";
import type { Level } from "@/lib/permissions/levels";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { getServiceRecord } from "@/lib/service/get-service-record";
import { updateServiceRecord } from "@/lib/service/update-service-record";
import { explainAccess } from "@/lib/visibility/explain-access";
import { type AccessAnswer, reasonGrants } from "@/lib/visibility/explain-access-schema";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// Issue 10, item 9: "why can X see / change this?" must agree with what X really gets. For every
// member of the fixture and every customer and record, the answer's flags are compared with X's
// own get and update through the real verbs, and the named rule with a table written by hand.

type Org = Awaited<ReturnType<typeof createOrg>>;
let org: Org;
const ids: Record<string, string> = {};
const customerIds: Record<string, string> = {};
const recordIds: Record<string, string> = {};

/*
 * Department D1: manager M, employee E1 reporting to M. Department D2: employee E2. Technician T,
 * director Dir, unplaced members U (Edit), V (View) and N (None), a dismissed employee X, P on the
 * staff of the distributor c5, the admin.
 *   c1: sales rep E1    c2: support rep E2    c3: T authorised    c4: nobody's
 *   c5: a distributor   c6: a dealer below c5
 *   r1 on c4 assigned to E1    r2 on c3    r3 on c4 created by E2    r4 on c4 assigned to T
 *   r5 on c6                   r6 on c4 assigned to P
 */
const NAMES: Record<string, string> = { c1: "Bir Ltd", c2: "İki Ltd", c3: "Üç Ltd", c4: "Dört Ltd", c5: "Beş Dağıtım", c6: "Altı Bayi" };
const EVERYTHING = ["c1", "c2", "c3", "c4", "c5", "c6", "r1", "r2", "r3", "r4", "r5", "r6"];
const SEES: Record<string, { read: string[]; write: string[] }> = {
  admin: { read: EVERYTHING, write: EVERYTHING },
  Dir: { read: EVERYTHING, write: EVERYTHING },
  U: { read: EVERYTHING, write: EVERYTHING },
  V: { read: EVERYTHING, write: [] },
  N: { read: [], write: [] },
  M: { read: ["c1", "r1"], write: ["c1", "r1"] },
  E1: { read: ["c1", "r1"], write: ["c1", "r1"] },
  E2: { read: ["c2", "r3"], write: ["c2", "r3"] },
  T: { read: ["c3", "r2", "r4"], write: ["c3", "r2", "r4"] },
  X: { read: [], write: [] },
  P: { read: ["c5", "c6", "r5", "r6"], write: ["c5", "c6", "r5", "r6"] },
};
/** The rule named for seeing and for changing, whatever the row. */
const RULES: Record<string, { read: string; write: string }> = {
  admin: { read: "admin", write: "admin" },
  Dir: { read: "position:all", write: "position:all" },
  U: { read: "unplaced", write: "unplaced" },
  V: { read: "unplaced", write: "level" },
  N: { read: "level", write: "level" },
  M: { read: "position:department", write: "position:department" },
  E1: { read: "position:responsible", write: "position:responsible" },
  E2: { read: "position:responsible", write: "position:responsible" },
  T: { read: "technician", write: "technician" },
  X: { read: "left", write: "left" },
  P: { read: "partner", write: "partner" },
};
const ruleOf = (reason: AccessAnswer["read"]["reason"]) => (reason.rule === "position" ? `position:${reason.scope}` : reason.rule);

async function place(
  userId: string,
  profile: {
    position?: MemberPosition;
    departmentId?: string;
    reportsTo?: string;
    technician?: boolean;
    employmentStatus?: "dismissed";
    partnerCustomerId?: string;
  },
) {
  await db.insert(memberProfiles).values({ orgId: org.orgId, userId, ...profile });
}

const ask = (who: string, key: string) =>
  explainAccess(org.ctx, key.startsWith("c") ? { userId: ids[who], customerId: customerIds[key] } : { userId: ids[who], recordId: recordIds[key] });

/** Whether the member's own request succeeds: a refusal is NotFound or Forbidden; a context that does not load is a refusal too. */
async function outcome(run: () => Promise<unknown>) {
  try {
    await run();
    return true;
  } catch (error) {
    // The update's version is deliberately stale: reaching the version check means the scope let it through.
    if (error instanceof ConflictError) return true;
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return false;
    throw error;
  }
}

async function really(who: string, key: string) {
  const ctx = () => loadOrgContext(ids[who]!, org.orgSlug);
  if (key.startsWith("c")) {
    const shape = await getCustomer(org.ctx, { id: customerIds[key] });
    return {
      read: await outcome(async () => getCustomer(await ctx(), { id: customerIds[key] })),
      write: await outcome(async () => updateCustomer(await ctx(), { ...shape, version: 999_999 })),
    };
  }
  const fields = { customerId: customerIds[RECORD_CUSTOMER[key]!], requestDate: "2026-11-02", subjectKind: "text", subject: `Kayıt ${key}` };
  return {
    read: await outcome(async () => getServiceRecord(await ctx(), { id: recordIds[key] })),
    write: await outcome(async () => updateServiceRecord(await ctx(), { ...fields, id: recordIds[key], version: 999_999 })),
  };
}
const RECORD_CUSTOMER: Record<string, string> = { r1: "c4", r2: "c3", r3: "c4", r4: "c4", r5: "c6", r6: "c4" };

beforeAll(async () => {
  org = await createOrg("Explain Access Org");
  const admin = org.ctx;
  ids.admin = admin.actor.userId;
  const d1 = (await addPicklistItem(admin, { list: "department", labels: { en: "Service", tr: "Servis", ro: "Service" } })).id;
  const d2 = (await addPicklistItem(admin, { list: "department", labels: { en: "Sales", tr: "Satış", ro: "Vânzări" } })).id;
  const levels: Record<string, Level> = {
    M: "edit",
    E1: "edit",
    E2: "edit",
    T: "edit",
    Dir: "edit",
    U: "edit",
    V: "view",
    N: "none",
    X: "edit",
    P: "edit",
  };
  for (const [key, level] of Object.entries(levels)) {
    ids[key] = (await addMember(org, level)).userId;
    await db
      .update(users)
      .set({ name: `Person ${key}` })
      .where(eq(users.id, ids[key]!));
  }
  await place(ids.M!, { position: "manager", departmentId: d1 });
  await place(ids.E1!, { position: "employee", departmentId: d1, reportsTo: ids.M });
  await place(ids.E2!, { position: "employee", departmentId: d2 });
  await place(ids.T!, { technician: true });
  await place(ids.Dir!, { position: "director" });
  await place(ids.X!, { position: "employee", departmentId: d1, employmentStatus: "dismissed" });

  const customer = async (key: string, extra: Record<string, unknown>) => {
    customerIds[key] = (
      await createCustomer(admin, { name: NAMES[key]!, type: "customer", status: "first_contact", contact: { name: `${NAMES[key]} Kişi` }, ...extra })
    ).id;
  };
  await customer("c1", { salesRepId: ids.E1 });
  await customer("c2", { supportRepId: ids.E2 });
  await customer("c3", {});
  await customer("c4", {});
  await customer("c5", { type: "distributor" });
  await customer("c6", { type: "dealer", parentId: customerIds.c5 });
  await place(ids.P!, { partnerCustomerId: customerIds.c5 });
  await db.insert(customerTechnicians).values({ orgId: org.orgId, customerId: customerIds.c3!, userId: ids.T! });

  const record = async (key: string, assigneeIds: string[]) => {
    const fields = { customerId: customerIds[RECORD_CUSTOMER[key]!], requestDate: "2026-11-02", subjectKind: "text", subject: `Kayıt ${key}` };
    recordIds[key] = (await createServiceRecord(admin, { ...fields, assigneeIds })).id;
  };
  await record("r1", [ids.E1!]);
  await record("r2", []);
  await record("r3", []);
  await record("r4", [ids.T!]);
  await record("r5", []);
  await record("r6", [ids.P!]);
  await db
    .update(serviceRecords)
    .set({ createdById: ids.E2 })
    .where(and(eq(serviceRecords.orgId, org.orgId), eq(serviceRecords.id, recordIds.r3!)));
});
afterAll(closeConnections);

describe.each(Object.keys(SEES))("the answer for %s", (who) => {
  it.each(EVERYTHING)("about %s equals what they really get, and its rule grants exactly that", async (key) => {
    const answer = await ask(who, key);
    const real = await really(who, key);
    expect({ read: answer.read.allowed, write: answer.write.allowed }).toEqual(real);
    // The hand-written table, so a seam and an explanation wrong in the same way still fail.
    expect(real).toEqual({ read: SEES[who]!.read.includes(key), write: SEES[who]!.write.includes(key) });
    expect({ read: ruleOf(answer.read.reason), write: ruleOf(answer.write.reason) }).toEqual(RULES[who]);
    expect(reasonGrants(answer.read.reason)).toBe(answer.read.allowed);
    expect(reasonGrants(answer.write.reason)).toBe(answer.write.allowed);
    expect(answer.member).toEqual({ userId: ids[who], name: who === "admin" ? "Admin" : `Person ${who}` });
  });
});

describe("the facts an answer names", () => {
  it("says whether a technician is authorised for the customer, or assigned to the record", async () => {
    expect((await ask("T", "c3")).read.reason).toEqual({ rule: "technician", authorised: true, assigned: false });
    expect((await ask("T", "c1")).read.reason).toEqual({ rule: "technician", authorised: false, assigned: false });
    expect((await ask("T", "r2")).read.reason).toEqual({ rule: "technician", authorised: true, assigned: false });
    expect((await ask("T", "r4")).read.reason).toEqual({ rule: "technician", authorised: false, assigned: true });
  });

  it("names who in a manager's department is responsible, and how", async () => {
    const c1 = (await ask("M", "c1")).read.reason;
    expect(c1).toEqual({
      rule: "position",
      scope: "department",
      position: "manager",
      configured: false,
      via: { name: "Person E1", role: "salesRep", self: false },
    });
    expect((await ask("M", "r1")).write.reason).toMatchObject({ via: { name: "Person E1", role: "assignee", self: false } });
    expect((await ask("M", "c2")).read.reason).toMatchObject({ scope: "department", via: null });
  });

  it("lists how an employee is responsible", async () => {
    expect((await ask("E1", "c1")).read.reason).toEqual({
      rule: "position",
      scope: "responsible",
      position: "employee",
      configured: false,
      roles: ["salesRep"],
    });
    expect((await ask("E1", "r1")).read.reason).toMatchObject({ roles: ["assignee"] });
    expect((await ask("E2", "r3")).read.reason).toMatchObject({ roles: ["creator"] });
    expect((await ask("E2", "c1")).read.reason).toMatchObject({ roles: [] });
  });

  it("says whether the customer is in a partner's sub-tree, or the record assigned to them", async () => {
    expect((await ask("P", "c6")).read.reason).toEqual({ rule: "partner", company: "Beş Dağıtım", inside: true, assigned: false });
    expect((await ask("P", "c1")).read.reason).toEqual({ rule: "partner", company: "Beş Dağıtım", inside: false, assigned: false });
    expect((await ask("P", "r6")).write.reason).toEqual({ rule: "partner", company: "Beş Dağıtım", inside: false, assigned: true });
  });

  it("gives the permission level that refuses", async () => {
    expect((await ask("V", "c1")).write.reason).toEqual({ rule: "level", level: "view" });
    expect((await ask("N", "c1")).read.reason).toEqual({ rule: "level", level: "none" });
  });

  it("follows Settings → Access: a manager who may see the department but change only their own", async () => {
    await db.insert(positionScopes).values({ orgId: org.orgId, position: "manager", readScope: "department", writeScope: "responsible" });
    try {
      const answer = await ask("M", "c1");
      expect(answer.read).toEqual({ allowed: true, reason: expect.objectContaining({ scope: "department", configured: true }) });
      expect(answer.write).toEqual({
        allowed: false,
        reason: { rule: "position", scope: "responsible", position: "manager", configured: true, roles: [] },
      });
      expect(await really("M", "c1")).toEqual({ read: true, write: false });
    } finally {
      await db.delete(positionScopes).where(eq(positionScopes.orgId, org.orgId));
    }
  });
});

describe("who may ask", () => {
  it("refuses members below Manage", async () => {
    for (const who of ["E1", "U", "V"]) {
      const ctx = await loadOrgContext(ids[who]!, org.orgSlug);
      await caught(explainAccess(ctx, { userId: ids.T, customerId: customerIds.c3 }), ForbiddenError);
    }
  });

  it("lets a Manage member ask, but not about a customer outside their own sight or a stranger", async () => {
    const manager = await addMember(org, "manage");
    await place(manager.userId, { position: "employee" });
    const ctx = await loadOrgContext(manager.userId, org.orgSlug);
    await caught(explainAccess(ctx, { userId: ids.T, customerId: customerIds.c3 }), NotFoundError);
    await caught(
      explainAccess(org.ctx, { userId: manager.userId.replace(/.$/, (c) => (c === "0" ? "1" : "0")), customerId: customerIds.c3 }),
      NotFoundError,
    );
    const other = await createOrg("Other Org");
    await caught(explainAccess(org.ctx, { userId: other.userId, customerId: customerIds.c3 }), NotFoundError);
    await caught(
      explainAccess(org.ctx, {
        userId: ids.T,
        customerId: (
          await createCustomer(other.ctx, { name: "Yabancı", type: "customer", status: "first_contact", contact: { name: "Yabancı Kişi" } })
        ).id,
      }),
      NotFoundError,
    );
  });
});
