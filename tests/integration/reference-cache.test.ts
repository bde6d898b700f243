import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSession } from "@/lib/auth/sessions";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { addMember, createOrg, PASSWORD, uniqueEmail } from "./factories";
import { closeConnections, emailsTo, tokenFromLink } from "./helpers";
import { recordSql, type Statement } from "./sql-recorder";

/**
 * One server instance's copy of the code that reads and writes reference data. Production runs one
 * Next server per core and later several machines: each has its own per-instance cache and they
 * share only the database. `vi.resetModules()` + dynamic import gives a second, independent copy of
 * every module (the cache's module state included) in this process, against the same database —
 * which is all two instances share — without a child process that would need its own loader for
 * the `@/` paths, `server-only` and the recorder.
 */
async function loadInstance() {
  vi.resetModules();
  const [
    sessions,
    context,
    picklist,
    managePicklist,
    overrides,
    memberOptions,
    assignees,
    myOrgs,
    removeMember,
    setLevel,
    invitations,
    orgSettings,
    getSettings,
    createOrgForUser,
    profile,
    customers,
    count,
    timer,
  ] = await Promise.all([
    import("@/lib/auth/sessions"),
    import("@/lib/orgs/load-org-context"),
    import("@/lib/picklists/list-picklist"),
    import("@/lib/picklists/manage-picklist"),
    import("@/lib/picklists/label-overrides"),
    import("@/lib/members/list-member-options"),
    import("@/lib/service/list-assignee-options"),
    import("@/lib/orgs/list-my-orgs"),
    import("@/lib/members/remove-member"),
    import("@/lib/permissions/set-level"),
    import("@/lib/invitations/accept-invitation"),
    import("@/lib/orgs/update-org-settings"),
    import("@/lib/orgs/get-org-settings"),
    import("@/lib/orgs/create-org-for-user"),
    import("@/lib/auth/update-profile"),
    import("@/lib/customers/list-customers"),
    import("@/lib/customers/count-customers"),
    import("@/lib/time-entries/get-running-timer"),
  ]);
  return {
    ...sessions,
    ...context,
    ...picklist,
    ...managePicklist,
    ...overrides,
    ...memberOptions,
    ...assignees,
    ...myOrgs,
    ...removeMember,
    ...setLevel,
    ...invitations,
    ...orgSettings,
    ...getSettings,
    ...createOrgForUser,
    ...profile,
    ...customers,
    ...count,
    ...timer,
  };
}
type Instance = Awaited<ReturnType<typeof loadInstance>>;

type Org = Awaited<ReturnType<typeof createOrg>>;
let org: Org;
let sessionId: string;
let a: Instance;
let b: Instance;
let recorder: ReturnType<typeof recordSql>;

/** What the next request on an instance reads first: the session row and the org context (with the versions). */
async function nextRequest(instance: Instance, session = sessionId, slug = org.orgSlug) {
  const user = (await instance.getLiveSessionUser(session))!;
  return { user, ctx: await instance.loadOrgContext(user.id, slug) };
}

/** The reads of a customer list page (layout, locale resolver, page), as the page issues them. */
async function customerListPage(instance: Instance, session = sessionId) {
  const { user, ctx } = await nextRequest(instance, session);
  await Promise.all([
    instance.messagesForOrg(ctx, "en"),
    instance.listMyOrgs(user),
    instance.getRunningTimer(ctx),
    instance.listCustomers(ctx, {}),
    instance.countCustomers(ctx, {}),
    instance.listPicklist(ctx, "region", "en"),
    instance.listMemberOptions(ctx),
    instance.listPicklist(ctx, "tag", "en"),
  ]);
}

/** Picklists and label overrides, member options, the user's orgs. */
const REFERENCE_READ =
  /from "picklist_items"|^select "users"."id", "users"."name", "memberships"|^select "orgs"."slug", "orgs"."name", "memberships"/;
const referenceReads = (statements: Statement[]) => statements.filter((s) => REFERENCE_READ.test(s.text));
/** Statements the page sends: postgres.js also looks up array types once per new connection. */
const pageStatements = (statements: Statement[]) => statements.filter((s) => !s.text.includes("b.typarray"));

beforeAll(async () => {
  recorder = recordSql();
  org = await createOrg("Cache Org");
  sessionId = await createSession(org.userId);
  a = await loadInstance();
  b = await loadInstance();
});
afterAll(closeConnections);

describe("per-org reference data cached per instance", () => {
  it("a warm instance serves a list page's reference data without SQL; only request-bound reads remain", async () => {
    const fresh = await loadInstance();
    await fresh.addPicklistItem((await nextRequest(fresh)).ctx, { list: "region", labels: { en: "Thrace", tr: "Trakya", ro: "Tracia" } });
    const cold = pageStatements(await recorder.during(() => customerListPage(fresh)));
    const warm = pageStatements(await recorder.during(() => customerListPage(fresh)));
    // Picklists ×2, label overrides, member options, the user's orgs.
    expect(referenceReads(cold)).toHaveLength(5);
    expect(referenceReads(warm)).toEqual([]);
    expect(warm).toHaveLength(cold.length - 5);
    console.info(`[reference-cache] SQL statements per customer list page: cold ${cold.length}, warm ${warm.length}`);
  });

  it("a picklist value renamed on instance A shows renamed on instance B at its next request", async () => {
    const { id } = await a.addPicklistItem((await nextRequest(a)).ctx, { list: "region", labels: { en: "Aegean", tr: "Ege", ro: "Egee" } });
    const before = await nextRequest(b);
    expect((await b.listPicklist(before.ctx, "region", "tr")).find((r) => r.id === id)?.label).toBe("Ege");
    const onA = await nextRequest(a);
    expect((await a.listPicklist(onA.ctx, "region", "tr")).find((r) => r.id === id)?.label).toBe("Ege");
    // Both warm: a read at the same version makes no SQL.
    expect(await recorder.during(() => b.listPicklist(before.ctx, "region", "tr"))).toEqual([]);

    await a.updatePicklistItem(onA.ctx, { id, list: "region", labels: { en: "Aegean", tr: "Ege Bölgesi", ro: "Egee" } });
    // A's own request still holds the version it read before the write, and sees the change.
    expect((await a.listPicklist(onA.ctx, "region", "tr")).find((r) => r.id === id)?.label).toBe("Ege Bölgesi");
    const after = await nextRequest(b);
    expect(after.ctx.refVersion).toBeGreaterThan(before.ctx.refVersion);
    expect((await b.listPicklist(after.ctx, "region", "tr")).find((r) => r.id === id)?.label).toBe("Ege Bölgesi");

    await a.archivePicklistItem((await nextRequest(a)).ctx, { id });
    expect((await b.listPicklist((await nextRequest(b)).ctx, "region", "en")).some((r) => r.id === id)).toBe(false);
  });

  it("a label override set on A shows on B; the guard still runs on every cached read", async () => {
    const warm = await nextRequest(b);
    expect((await b.messagesForOrg(warm.ctx, "en")).customerTypes.dealer).toBe("Dealer");
    await a.setLabelOverride((await nextRequest(a)).ctx, {
      list: "customer_type",
      key: "dealer",
      labels: { en: "Reseller", tr: "Bayi ortağı", ro: "" },
    });
    const next = await nextRequest(b);
    expect((await b.messagesForOrg(next.ctx, "en")).customerTypes.dealer).toBe("Reseller");
    expect((await b.messagesForOrg(next.ctx, "tr")).customerTypes.dealer).toBe("Bayi ortağı");
    // No label in Romanian: the product's default, exactly as without the cache.
    expect((await b.messagesForOrg(next.ctx, "ro")).customerTypes.dealer).not.toBe("Reseller");

    // A member without access to customers is refused, though the data sits warm in B's cache.
    const outsider = await nextRequest(b, await createSession((await addMember(org, "none")).userId));
    await expect(b.messagesForOrg(outsider.ctx, "en")).rejects.toMatchObject({ name: "ForbiddenError" });
    await expect(b.listPicklist(outsider.ctx, "region", "en")).rejects.toMatchObject({ name: "ForbiddenError" });
    await expect(b.listMemberOptions(outsider.ctx)).rejects.toMatchObject({ name: "ForbiddenError" });
  });

  it("a member added, re-levelled, renamed and removed on A shows on B's pickers and org lists", async () => {
    const email = uniqueEmail("joiner");
    await b.listMemberOptions((await nextRequest(b)).ctx);
    await b.listAssigneeOptions((await nextRequest(b)).ctx);

    // Added: an invitation accepted through the real verb on A.
    await createInvitation(org.ctx, { email, role: "member", level: "contribute" });
    const [mail] = await emailsTo(email);
    await a.acceptInvitation({ token: tokenFromLink(mail!.html, "/invite/"), name: "Zeynep Joiner", password: PASSWORD }, null);
    const joined = (await b.listMemberOptions((await nextRequest(b)).ctx)).find((m) => m.name === "Zeynep Joiner");
    expect(joined).toBeDefined();
    expect((await b.listAssigneeOptions((await nextRequest(b)).ctx)).some((m) => m.id === joined!.id)).toBe(true);

    // Level lowered below what an assignee needs: gone from B's assignee picker.
    await a.setMemberLevel((await nextRequest(a)).ctx, { userId: joined!.id, level: "view" });
    expect((await b.listAssigneeOptions((await nextRequest(b)).ctx)).some((m) => m.id === joined!.id)).toBe(false);

    // Renamed by themselves (a user-level write): every org's pickers follow.
    const joinerSession = await createSession(joined!.id);
    const joiner = await a.getLiveSessionUser(joinerSession);
    expect(await b.listMyOrgs((await b.getLiveSessionUser(joinerSession))!)).toEqual([{ slug: org.orgSlug, name: "Cache Org", role: "member" }]);
    await a.updateProfile(joiner!, { name: "Zeynep Yılmaz", locale: null });
    const names = (await b.listMemberOptions((await nextRequest(b)).ctx)).map((m) => m.name);
    expect(names).toContain("Zeynep Yılmaz");
    expect(names).not.toContain("Zeynep Joiner");

    // Removed: gone from B's pickers (their sessions end with their last org).
    await a.removeMember((await nextRequest(a)).ctx, { userId: joined!.id });
    expect((await b.listMemberOptions((await nextRequest(b)).ctx)).some((m) => m.id === joined!.id)).toBe(false);
  });

  it("an org created or renamed on A shows in B's org switcher at the member's next request", async () => {
    const before = await nextRequest(b);
    expect((await b.listMyOrgs(before.user)).map((o) => o.name)).toEqual(["Cache Org"]);
    const second = await a.createOrgForUser(before.user, { name: "Another Org" }, "en");
    const joined = await nextRequest(b);
    expect(joined.user.orgsVersion).toBeGreaterThan(before.user.orgsVersion);
    expect((await b.listMyOrgs(joined.user)).map((o) => o.slug)).toEqual([second.slug, org.orgSlug]);

    const onA = await nextRequest(a);
    await a.updateOrgSettings(onA.ctx, { ...a.getOrgSettings(onA.ctx), name: "Cache Org Renamed" });
    const after = await nextRequest(b);
    expect(after.user.orgsVersion).toBeGreaterThan(joined.user.orgsVersion);
    expect(await b.listMyOrgs(after.user)).toEqual([
      { slug: second.slug, name: "Another Org", role: "admin" },
      { slug: org.orgSlug, name: "Cache Org Renamed", role: "admin" },
    ]);
  });
});
