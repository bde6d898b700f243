import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { memberProfiles, memberships } from "@/db/schema";
import en from "@/messages/en.json";
import ro from "@/messages/ro.json";
import tr from "@/messages/tr.json";
import { createSession, getLiveSessionUser } from "@/lib/auth/sessions";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { createCustomer } from "@/lib/customers/create-customer";
import { listCustomerTechnicians } from "@/lib/customers/list-customer-technicians";
import { ConflictError, EmploymentEndedError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { changeRole } from "@/lib/members/change-role";
import { listHandOver } from "@/lib/members/list-hand-over";
import { listMemberOptions } from "@/lib/members/list-member-options";
import { listMembers } from "@/lib/members/list-members";
import { setEmploymentStatus } from "@/lib/members/set-employment-status";
import { listMyOrgs } from "@/lib/orgs/list-my-orgs";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { getServiceRecord } from "@/lib/service/get-service-record";
import { listAssigneeOptions } from "@/lib/service/list-assignee-options";
import { addMember, createOrg, PASSWORD } from "./factories";
import { caught, closeConnections, uniqueIp } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;

const dismiss = (org: Org, userId: string, status: "dismissed" | "resigned" = "dismissed") =>
  setEmploymentStatus(org.ctx, { userId, status, exitDate: "2026-11-30", exitReason: "Left the company" });

const optionIds = (options: { id: string }[]) => options.map((o) => o.id);

/**
 * A second server instance (its own module copies, so its own reference cache) against the same
 * database, as in reference-cache.test.ts: a write on one must show on the other's warm cache.
 */
async function loadInstance() {
  vi.resetModules();
  const [context, memberOptions, assignees, setStatus] = await Promise.all([
    import("@/lib/orgs/load-org-context"),
    import("@/lib/members/list-member-options"),
    import("@/lib/service/list-assignee-options"),
    import("@/lib/members/set-employment-status"),
  ]);
  return { ...context, ...memberOptions, ...assignees, ...setStatus };
}

describe("employment status (SPEC T8)", () => {
  let org: Org;

  beforeAll(async () => {
    org = await createOrg("Employment Org");
  });
  afterAll(closeConnections);

  it("a dismissed employee's open sessions are refused at their next request, and the org no longer loads for them", async () => {
    const employee = await addMember(org, "edit");
    const sessions = [await createSession(employee.userId), await createSession(employee.userId)];
    const bystander = await addMember(org, "edit");
    const bystanderSession = await createSession(bystander.userId);

    await dismiss(org, employee.userId);

    for (const id of sessions) expect(await getLiveSessionUser(id)).toBeNull();
    await caught(loadOrgContext(employee.userId, org.orgSlug), NotFoundError);
    expect(await getLiveSessionUser(bystanderSession)).toMatchObject({ id: bystander.userId });
  });

  it("refuses sign-in with the employment message after the right password, in every language; a wrong password stays generic", async () => {
    const employee = await addMember(org, "contribute");
    await dismiss(org, employee.userId, "resigned");

    const error = await caught(verifyCredentials({ email: employee.email, password: PASSWORD, ip: uniqueIp() }), EmploymentEndedError);
    expect(error.code).toBe("employmentEnded");
    expect(await verifyCredentials({ email: employee.email, password: `${PASSWORD}!`, ip: uniqueIp() })).toBeNull();
    for (const catalogue of [en, tr, ro]) expect(catalogue.errors.employmentEnded).toMatch(/\S/);
    expect(new Set([en, tr, ro].map((c) => c.errors.employmentEnded)).size).toBe(3);
  });

  it("signing in works again once the member is back at work, and nothing changes for someone without any org", async () => {
    const employee = await addMember(org, "edit");
    await dismiss(org, employee.userId);
    await setEmploymentStatus(org.ctx, { userId: employee.userId, status: "working", exitReason: "Rehired" });

    expect(await verifyCredentials({ email: employee.email, password: PASSWORD, ip: uniqueIp() })).toMatchObject({ id: employee.userId });
    expect((await loadOrgContext(employee.userId, org.orgSlug)).actor.userId).toBe(employee.userId);
    const [row] = (await listMembers(org.ctx)).filter((m) => m.userId === employee.userId);
    expect(row).toMatchObject({ employmentStatus: "working", exitDate: null, exitReason: "Rehired" });
  });

  it("someone who still works for another org keeps their sessions and loses only this org", async () => {
    const other = await createOrg("Second Employer");
    const employee = await addMember(org, "edit");
    // The same user works for the second org too.
    await db.insert(memberships).values({ orgId: other.orgId, userId: employee.userId, level: "view" });
    const session = await createSession(employee.userId);

    await dismiss(org, employee.userId);

    const live = await getLiveSessionUser(session);
    expect(live).toMatchObject({ id: employee.userId });
    await caught(loadOrgContext(employee.userId, org.orgSlug), NotFoundError);
    expect((await loadOrgContext(employee.userId, other.orgSlug)).org.id).toBe(other.orgId);
    expect((await listMyOrgs(live!)).map((o) => o.slug)).toEqual([other.orgSlug]);
    expect(await verifyCredentials({ email: employee.email, password: PASSWORD, ip: uniqueIp() })).toMatchObject({ id: employee.userId });
  });

  it("a dismissed member leaves the member and assignee pickers, also on another instance's warm cache", async () => {
    const employee = await addMember(org, "edit");
    const a = await loadInstance();
    const b = await loadInstance();
    // Instance A has the pickers cached with the employee in them.
    const before = await a.loadOrgContext(org.userId, org.orgSlug);
    expect(optionIds(await a.listMemberOptions(before))).toContain(employee.userId);
    expect(optionIds(await a.listAssigneeOptions(before))).toContain(employee.userId);

    // Instance B records the dismissal (its own cache is forgotten, A's is not touched).
    await b.setEmploymentStatus(await b.loadOrgContext(org.userId, org.orgSlug), {
      userId: employee.userId,
      status: "dismissed",
      exitDate: "2026-12-01",
    });

    const next = await a.loadOrgContext(org.userId, org.orgSlug);
    expect(optionIds(await a.listMemberOptions(next))).not.toContain(employee.userId);
    expect(optionIds(await a.listAssigneeOptions(next))).not.toContain(employee.userId);
    // And on this instance too.
    expect(optionIds(await listMemberOptions(org.ctx))).not.toContain(employee.userId);
    expect(optionIds(await listAssigneeOptions(org.ctx))).not.toContain(employee.userId);
  });

  it("someone who left can no longer be assigned, and leaves the authorised-technician picker", async () => {
    const technician = await addMember(org, "edit");
    await db.insert(memberProfiles).values({ orgId: org.orgId, userId: technician.userId, technician: true });
    const customer = await createCustomer(org.ctx, { type: "customer", status: "first_contact", name: "Picker Ltd", contact: { name: "Can Öz" } });
    expect(optionIds((await listCustomerTechnicians(org.ctx, { customerId: customer.id })).technicians)).toContain(technician.userId);

    await dismiss(org, technician.userId);

    expect(optionIds((await listCustomerTechnicians(org.ctx, { customerId: customer.id })).technicians)).not.toContain(technician.userId);
    const refused = await caught(
      createServiceRecord(org.ctx, { customerId: customer.id, requestDate: "2026-12-01", subject: "Leak", assigneeIds: [technician.userId] }),
      ValidationError,
    );
    expect(refused.fieldErrors).toEqual({ assigneeIds: "invalid" });
  });

  it("keeps their name on past records, shows them as dismissed, and lists what they held for hand-over", async () => {
    const employee = await addMember(org, "edit");
    const name = `Hand-over ${randomUUID().slice(0, 6)}`;
    const customer = await createCustomer(org.ctx, {
      type: "customer",
      status: "first_contact",
      name,
      salesRepId: employee.userId,
      contact: { name: "Ayşe Demir" },
    });
    const record = await createServiceRecord(org.ctx, {
      customerId: customer.id,
      requestDate: "2026-11-20",
      subject: "Boiler check",
      assigneeIds: [employee.userId],
    });
    const created = await createServiceRecord(employee.ctx, { customerId: customer.id, requestDate: "2026-11-21", subject: "Filed by them" });

    await dismiss(org, employee.userId);

    const assigned = await getServiceRecord(org.ctx, { id: record.id });
    expect(assigned.assignees.map((a) => a.name)).toEqual(["User edit"]);
    expect((await getServiceRecord(org.ctx, { id: created.id })).createdBy).toEqual({ id: employee.userId, name: "User edit" });

    const [row] = (await listMembers(org.ctx)).filter((m) => m.userId === employee.userId);
    expect(row).toMatchObject({ name: "User edit", employmentStatus: "dismissed", exitDate: "2026-11-30", exitReason: "Left the company" });

    const handOver = (await listHandOver(org.ctx, [employee.userId])).get(employee.userId)!;
    expect(handOver.customers).toEqual([{ id: customer.id, name, roles: ["salesRep"] }]);
    expect(handOver.openRecords.map((r) => r.id)).toEqual([record.id]);
  });

  it("needs Manage; nobody ends their own employment; only an admin ends an admin's", async () => {
    const editor = await addMember(org, "edit");
    const manager = await addMember(org, "manage");
    const target = await addMember(org, "view");
    const admin = await addMember(org, "manage", "admin");

    await caught(dismiss({ ...org, ctx: editor.ctx }, target.userId), ForbiddenError);
    await caught(listHandOver(editor.ctx, [target.userId]), ForbiddenError);
    const self = await caught(dismiss({ ...org, ctx: manager.ctx }, manager.userId), ConflictError);
    expect(self.code).toBe("cannotEndOwnEmployment");
    await caught(dismiss(org, org.userId), ConflictError);
    await caught(dismiss({ ...org, ctx: manager.ctx }, admin.userId), ForbiddenError);

    // Still working after every refusal.
    for (const person of [target, manager, admin]) expect((await loadOrgContext(person.userId, org.orgSlug)).actor.userId).toBe(person.userId);

    await dismiss({ ...org, ctx: manager.ctx }, target.userId);
    await caught(loadOrgContext(target.userId, org.orgSlug), NotFoundError);
  });

  it("a dismissed admin no longer counts as an admin: the last working one cannot step down", async () => {
    const small = await createOrg("Two Admins");
    const second = await addMember(small, "manage", "admin");
    await dismiss(small, second.userId);

    const error = await caught(changeRole(small.ctx, { userId: small.userId, role: "member" }), ConflictError);
    expect(error.code).toBe("lastAdmin");
  });

  it("leaving needs an exit date, reported on that field; unknown people are not found", async () => {
    const employee = await addMember(org, "view");
    const invalid = await caught(setEmploymentStatus(org.ctx, { userId: employee.userId, status: "dismissed", exitDate: "" }), ValidationError);
    expect(invalid.fieldErrors).toEqual({ exitDate: "required" });
    await caught(setEmploymentStatus(org.ctx, { userId: randomUUID(), status: "resigned", exitDate: "2026-12-01" }), NotFoundError);
    expect((await loadOrgContext(employee.userId, org.orgSlug)).actor.userId).toBe(employee.userId);
  });
});
