import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, memberProfiles } from "@/db/schema";
import { createCustomer } from "@/lib/customers/create-customer";
import { listCustomerTechnicians } from "@/lib/customers/list-customer-technicians";
import { setCustomerTechnicians } from "@/lib/customers/set-customer-technicians";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { listMemberStructure } from "@/lib/members/list-member-structure";
import { removeMember } from "@/lib/members/remove-member";
import { updateMemberStructure } from "@/lib/members/update-member-structure";
import { addPicklistItem } from "@/lib/picklists/manage-picklist";
import { listAssigneeOptions } from "@/lib/service/list-assignee-options";
import { listPositionScopes } from "@/lib/visibility/list-position-scopes";
import { setPositionScope } from "@/lib/visibility/set-position-scope";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;
type Member = Awaited<ReturnType<typeof addMember>>;
let a: Org;
let b: Org;
let service: string;
let sales: string;
let foreignDepartment: string;

const department = async (org: Org, en: string) => (await addPicklistItem(org.ctx, { list: "department", labels: { en, tr: "", ro: "" } })).id;
const profileOf = async (org: Org, userId: string) =>
  (
    await db
      .select()
      .from(memberProfiles)
      .where(and(eq(memberProfiles.orgId, org.orgId), eq(memberProfiles.userId, userId)))
  )[0];
const customerInput = (name: string) => ({ type: "customer", status: "first_contact", name, contact: { name: `${name} Kişi` } });

beforeAll(async () => {
  a = await createOrg("Structure A");
  b = await createOrg("Structure B");
  service = await department(a, "Service");
  sales = await department(a, "Sales");
  foreignDepartment = await department(b, "Foreign");
});
afterAll(closeConnections);

describe("member structure", () => {
  let manager: Member;
  let employee: Member;

  beforeAll(async () => {
    manager = await addMember(a, "edit");
    employee = await addMember(a, "contribute");
  });

  it("places a manager and an employee reporting to them, listed for the Members page", async () => {
    await updateMemberStructure(a.ctx, { userId: manager.userId, position: "manager", departmentId: service, reportsTo: "", technician: false });
    await updateMemberStructure(a.ctx, {
      userId: employee.userId,
      position: "employee",
      departmentId: service,
      reportsTo: manager.userId,
      technician: true,
    });
    const { profiles, departments } = await listMemberStructure(a.ctx, "en");
    expect(departments.map((d) => d.label)).toEqual(["Service", "Sales"]);
    expect(profiles[manager.userId]).toEqual({
      position: "manager",
      departmentId: service,
      reportsTo: null,
      technician: false,
      partnerCustomerId: null,
    });
    expect(profiles[employee.userId]).toEqual({
      position: "employee",
      departmentId: service,
      reportsTo: manager.userId,
      technician: true,
      partnerCustomerId: null,
    });
    // An admin never placed has no entry: they keep the behaviour of their level alone.
    expect(profiles[a.userId]).toBeUndefined();
  });

  it("refuses a reports-to cycle, directly or through the chain, and leaves the rows as they were", async () => {
    const self = await caught(
      updateMemberStructure(a.ctx, { userId: manager.userId, position: "manager", reportsTo: manager.userId }),
      ValidationError,
    );
    expect(self.fieldErrors).toEqual({ reportsTo: "reportsToCycle" });
    const loop = await caught(
      updateMemberStructure(a.ctx, { userId: manager.userId, position: "manager", departmentId: service, reportsTo: employee.userId }),
      ValidationError,
    );
    expect(loop.fieldErrors).toEqual({ reportsTo: "reportsToCycle" });
    const third = await addMember(a, "view");
    await updateMemberStructure(a.ctx, { userId: third.userId, position: "employee", reportsTo: employee.userId });
    const longLoop = await caught(
      updateMemberStructure(a.ctx, { userId: manager.userId, position: "manager", reportsTo: third.userId }),
      ValidationError,
    );
    expect(longLoop.fieldErrors).toEqual({ reportsTo: "reportsToCycle" });
    expect((await profileOf(a, manager.userId))?.reportsTo).toBeNull();
  });

  it("refuses a manager or department of another org, and an unknown member", async () => {
    const error = await caught(
      updateMemberStructure(a.ctx, { userId: employee.userId, position: "employee", departmentId: foreignDepartment, reportsTo: b.userId }),
      ValidationError,
    );
    expect(error.fieldErrors).toEqual({ departmentId: "invalid", reportsTo: "invalid" });
    await caught(updateMemberStructure(a.ctx, { userId: b.userId, position: "employee" }), NotFoundError);
    await caught(updateMemberStructure(b.ctx, { userId: employee.userId, position: "director" }), NotFoundError);
    expect((await profileOf(a, employee.userId))?.departmentId).toBe(service);
  });

  it("refuses a manager who no longer works here", async () => {
    const leaver = await addMember(a, "edit");
    await updateMemberStructure(a.ctx, { userId: leaver.userId, position: "manager", departmentId: service });
    // As the employment verb leaves it (SPEC T8); that verb has its own tests.
    await db
      .update(memberProfiles)
      .set({ employmentStatus: "dismissed" })
      .where(and(eq(memberProfiles.orgId, a.orgId), eq(memberProfiles.userId, leaver.userId)));
    const error = await caught(
      updateMemberStructure(a.ctx, { userId: employee.userId, position: "employee", reportsTo: leaver.userId }),
      ValidationError,
    );
    expect(error.fieldErrors).toEqual({ reportsTo: "invalid" });
  });

  it("clearing the department keeps the manager; a sales department is accepted too", async () => {
    await updateMemberStructure(a.ctx, {
      userId: employee.userId,
      position: "employee",
      departmentId: "",
      reportsTo: manager.userId,
      technician: true,
    });
    expect(await profileOf(a, employee.userId)).toMatchObject({ departmentId: null, reportsTo: manager.userId });
    await updateMemberStructure(a.ctx, {
      userId: employee.userId,
      position: "employee",
      departmentId: sales,
      reportsTo: manager.userId,
      technician: true,
    });
    expect((await profileOf(a, employee.userId))?.departmentId).toBe(sales);
  });

  it("makes a member staff of a partner company (distributor, main dealer or dealer), and of no other kind of customer", async () => {
    const dealer = await createCustomer(a.ctx, { name: "Ege Bayi", type: "dealer", status: "active", contact: { name: "Ege Kişi" } });
    const endCustomer = await createCustomer(a.ctx, { name: "Son Müşteri", type: "customer", status: "active", contact: { name: "Son Kişi" } });
    const staff = await addMember(a, "edit");
    await updateMemberStructure(a.ctx, { userId: staff.userId, partnerCustomerId: dealer.id });
    expect((await listMemberStructure(a.ctx, "en")).profiles[staff.userId]?.partnerCustomerId).toBe(dealer.id);
    expect((await listMemberStructure(a.ctx, "en")).partners.map((p) => p.name)).toContain("Ege Bayi");
    const refused = await caught(updateMemberStructure(a.ctx, { userId: staff.userId, partnerCustomerId: endCustomer.id }), ValidationError);
    expect(refused.fieldErrors).toEqual({ partnerCustomerId: "invalid" });
  });

  it("is for Manage only", async () => {
    const editor = await addMember(a, "edit");
    await caught(updateMemberStructure(editor.ctx, { userId: editor.userId, position: "director" }), ForbiddenError);
    const manage = await addMember(a, "manage");
    await updateMemberStructure(manage.ctx, { userId: editor.userId, position: "employee", departmentId: service });
    expect((await profileOf(a, editor.userId))?.position).toBe("employee");
  });

  it("removing a manager leaves the people reporting to them without a manager", async () => {
    const boss = await addMember(a, "edit");
    const report = await addMember(a, "view");
    await updateMemberStructure(a.ctx, { userId: boss.userId, position: "manager", departmentId: service });
    await updateMemberStructure(a.ctx, { userId: report.userId, position: "employee", departmentId: service, reportsTo: boss.userId });
    await removeMember(a.ctx, { userId: boss.userId });
    expect(await profileOf(a, report.userId)).toMatchObject({ reportsTo: null, departmentId: service, position: "employee" });
    expect(await profileOf(a, boss.userId)).toBeUndefined();
  });
});

describe("position scopes (Settings → Access)", () => {
  it("start at the defaults of seed 004", async () => {
    expect(await listPositionScopes(a.ctx)).toEqual([
      { position: "director", read: "all", write: "all", isDefault: true },
      { position: "manager_director", read: "all", write: "all", isDefault: true },
      { position: "manager", read: "department", write: "department", isDefault: true },
      { position: "employee", read: "responsible", write: "responsible", isDefault: true },
    ]);
  });

  it("are saved per org and can be changed again", async () => {
    await setPositionScope(a.ctx, { position: "employee", readScope: "department", writeScope: "responsible" });
    await setPositionScope(a.ctx, { position: "employee", readScope: "all", writeScope: "department" });
    expect((await listPositionScopes(a.ctx)).find((r) => r.position === "employee")).toEqual({
      position: "employee",
      read: "all",
      write: "department",
      isDefault: false,
    });
    expect((await listPositionScopes(b.ctx)).find((r) => r.position === "employee")).toMatchObject({ read: "responsible", isDefault: true });
  });

  it("refuse a write scope wider than the read scope, next to the write field", async () => {
    const error = await caught(setPositionScope(a.ctx, { position: "manager", readScope: "responsible", writeScope: "department" }), ValidationError);
    expect(error.fieldErrors).toEqual({ writeScope: "writeWiderThanRead" });
    expect((await listPositionScopes(a.ctx)).find((r) => r.position === "manager")).toMatchObject({
      read: "department",
      write: "department",
      isDefault: true,
    });
  });

  it("are changed by Manage only and read by Manage only", async () => {
    const editor = await addMember(a, "edit");
    await caught(setPositionScope(editor.ctx, { position: "director", readScope: "department", writeScope: "department" }), ForbiddenError);
    await caught(listPositionScopes(editor.ctx), ForbiddenError);
    const manage = await addMember(a, "manage");
    await setPositionScope(manage.ctx, { position: "director", readScope: "all", writeScope: "department" });
    expect((await listPositionScopes(a.ctx))[0]).toMatchObject({ position: "director", write: "department" });
  });
});

describe("authorised technicians", () => {
  let tech: Member;
  let plain: Member;
  let customerId: string;

  beforeAll(async () => {
    tech = await addMember(a, "edit");
    plain = await addMember(a, "edit");
    await updateMemberStructure(a.ctx, { userId: tech.userId, position: "employee", departmentId: service, technician: true });
    customerId = (await createCustomer(a.ctx, customerInput("Teknik Servis Ltd."))).id;
  });

  it("are set on a customer with before/after in its feed, and offered from the members flagged technician", async () => {
    const before = await listCustomerTechnicians(a.ctx, { customerId });
    expect(before.chosen).toEqual([]);
    expect(before.technicians.map((m) => m.id)).toContain(tech.userId);
    expect(before.technicians.map((m) => m.id)).not.toContain(plain.userId);
    await setCustomerTechnicians(a.ctx, { customerId, userIds: [tech.userId] });
    expect((await listCustomerTechnicians(a.ctx, { customerId })).chosen).toEqual([tech.userId]);
    const rows = await db
      .select({ changes: activities.changes, summary: activities.summary })
      .from(activities)
      .where(and(eq(activities.orgId, a.orgId), eq(activities.entityId, customerId), eq(activities.kind, "customer.updated")));
    expect(rows).toEqual([{ summary: "Teknik Servis Ltd.", changes: { technicianIds: { from: [], to: [tech.userId] } } }]);
    // The same list again is no change and writes no second row.
    await setCustomerTechnicians(a.ctx, { customerId, userIds: [tech.userId, tech.userId] });
    const again = await db
      .select()
      .from(activities)
      .where(and(eq(activities.orgId, a.orgId), eq(activities.entityId, customerId), eq(activities.kind, "customer.updated")));
    expect(again).toHaveLength(1);
  });

  it("refuse a member not flagged technician and a user of another org", async () => {
    const error = await caught(setCustomerTechnicians(a.ctx, { customerId, userIds: [tech.userId, plain.userId] }), ValidationError);
    expect(error.fieldErrors).toEqual({ userIds: "notTechnician" });
    await caught(setCustomerTechnicians(a.ctx, { customerId, userIds: [b.userId] }), ValidationError);
    expect((await listCustomerTechnicians(a.ctx, { customerId })).chosen).toEqual([tech.userId]);
  });

  it("leave out a technician who no longer works here: not offered, and refused", async () => {
    const leaver = await addMember(a, "edit");
    await updateMemberStructure(a.ctx, { userId: leaver.userId, position: "employee", technician: true });
    expect((await listCustomerTechnicians(a.ctx, { customerId })).technicians.map((m) => m.id)).toContain(leaver.userId);
    // As the employment verb leaves it (SPEC T8); that verb has its own tests.
    await db
      .update(memberProfiles)
      .set({ employmentStatus: "resigned" })
      .where(and(eq(memberProfiles.orgId, a.orgId), eq(memberProfiles.userId, leaver.userId)));
    expect((await listCustomerTechnicians(a.ctx, { customerId })).technicians.map((m) => m.id)).not.toContain(leaver.userId);
    const error = await caught(setCustomerTechnicians(a.ctx, { customerId, userIds: [tech.userId, leaver.userId] }), ValidationError);
    expect(error.fieldErrors).toEqual({ userIds: "memberLeft" });
  });

  it("cannot be set on another org's customer", async () => {
    await caught(setCustomerTechnicians(b.ctx, { customerId, userIds: [] }), NotFoundError);
    expect((await listCustomerTechnicians(a.ctx, { customerId })).chosen).toEqual([tech.userId]);
  });

  it("need Edit on customers", async () => {
    const contributor = await addMember(a, "contribute");
    await caught(setCustomerTechnicians(contributor.ctx, { customerId, userIds: [] }), ForbiddenError);
    const editor = await addMember(a, "edit");
    await setCustomerTechnicians(editor.ctx, { customerId, userIds: [] });
    expect((await listCustomerTechnicians(a.ctx, { customerId })).chosen).toEqual([]);
    await setCustomerTechnicians(editor.ctx, { customerId, userIds: [tech.userId] });
  });

  it("come first, marked, in the customer's service assignment picker", async () => {
    const options = await listAssigneeOptions(a.ctx, { customerId });
    expect(options[0]).toEqual({ id: tech.userId, name: "User edit", authorised: true });
    expect(options.filter((o) => o.authorised)).toHaveLength(1);
    const other = (await createCustomer(a.ctx, customerInput("Başka Ltd."))).id;
    const plainOrder = await listAssigneeOptions(a.ctx, { customerId: other });
    expect(plainOrder[0]?.name).toBe("Admin");
    expect(plainOrder.every((o) => !o.authorised)).toBe(true);
  });
});
