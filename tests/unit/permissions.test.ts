import { describe, expect, it } from "vitest";
import { ACTION_RULES, ACTIONS } from "@/lib/permissions/actions";
import type { Actor, TokenKind } from "@/lib/permissions/actor";
import { actorMay } from "@/lib/permissions/actor-may";
import { can, effectiveLevel } from "@/lib/permissions/can";
import { atLeast, LEVELS, type Level } from "@/lib/permissions/levels";

// The expected minimum level of every action, written out independently of ACTION_RULES so a
// change to the table must be made on purpose in both places.
// `tokenOnly`: no member holds it at any level; only a link's token grants it (TOKEN_EXPECTED).
const EXPECTED: Record<string, { min: Level; adminOnly?: boolean } | { tokenOnly: true }> = {
  "org.view": { min: "none" },
  "org.settings.view": { min: "view" },
  "org.settings.update": { min: "manage", adminOnly: true },
  "members.view": { min: "view" },
  "members.remove": { min: "manage", adminOnly: true },
  "members.changeRole": { min: "manage", adminOnly: true },
  "members.setEmploymentStatus": { min: "manage" },
  "members.profiles.view": { min: "manage" },
  "members.documents.manage": { min: "manage" },
  "invitations.view": { min: "manage" },
  "invitations.create": { min: "manage" },
  "invitations.revoke": { min: "manage" },
  "invitations.accept": { tokenOnly: true },
  "permissions.view": { min: "manage" },
  "permissions.update": { min: "manage" },
  "access.explain": { min: "manage" },
  "picklists.manage": { min: "manage" },
  "mailbox.view": { min: "manage", adminOnly: true },
  "jobs.view": { min: "manage", adminOnly: true },
  "jobs.retry": { min: "manage", adminOnly: true },
  "customers.view": { min: "view" },
  "customers.create": { min: "contribute" },
  "customers.update": { min: "edit" },
  "customers.delete": { min: "manage" },
  "customers.export": { min: "view" },
  "contacts.view": { min: "view" },
  "contacts.create": { min: "contribute" },
  "contacts.update": { min: "edit" },
  "contacts.delete": { min: "manage" },
  "activities.view": { min: "view" },
  "notes.create": { min: "contribute" },
  "notes.update": { min: "edit" },
  "notes.delete": { min: "manage" },
  "serviceRecords.view": { min: "view" },
  "serviceRecords.create": { min: "contribute" },
  "serviceRecords.update": { min: "edit" },
  "serviceRecords.delete": { min: "manage" },
  "serviceRecords.assign": { min: "edit" },
  "serviceRecords.close": { min: "edit" },
  "serviceRecords.approve": { tokenOnly: true },
  "assignments.respond": { tokenOnly: true },
  "timeEntries.log": { min: "contribute" },
  "timeEntries.correct": { min: "edit" },
  "messages.post": { min: "contribute" },
  "products.manage": { min: "manage" },
  "contracts.view": { min: "view" },
  "contracts.create": { min: "contribute" },
  "contracts.update": { min: "edit" },
  "contracts.delete": { min: "manage" },
  "contracts.terminate": { min: "edit" },
  "businessCalendars.view": { min: "view" },
  "businessCalendars.manage": { min: "manage" },
  "plans.view": { min: "view" },
  "plans.create": { min: "contribute" },
  "plans.update": { min: "edit" },
  "plans.archive": { min: "manage" },
  "plans.adjust": { min: "edit" },
  "plans.addWork": { min: "contribute" },
  "plans.closePeriod": { min: "manage" },
  "plans.recompute": { min: "manage" },
  "schedules.view": { min: "view" },
  "schedules.create": { min: "edit" },
  "schedules.update": { min: "edit" },
  "schedules.pause": { min: "edit" },
  "schedules.delete": { min: "manage" },
  "tasks.view": { min: "view" },
  "tasks.create": { min: "contribute" },
  "tasks.update": { min: "edit" },
  "tasks.complete": { min: "contribute" },
  "tasks.delete": { min: "manage" },
  "calendar.view": { min: "view" },
  "calendar.manage": { min: "contribute" },
  "calendar.manageOthers": { min: "manage" },
  "meetings.view": { min: "view" },
  "meetings.create": { min: "contribute" },
  "meetings.update": { min: "edit" },
  "meetings.delete": { min: "manage" },
  "reminders.manage": { min: "view" },
  "dispatch.view": { min: "view" },
  "sales.view": { min: "view" },
  "sales.create": { min: "contribute" },
  "sales.update": { min: "edit" },
  "sales.delete": { min: "manage" },
  "reports.view": { min: "view" },
  "reports.export": { min: "view" },
  "reports.viewOthers": { min: "manage" },
};

describe("permission levels", () => {
  it("are ordered None < View < Contribute < Edit < Manage", () => {
    expect(LEVELS).toEqual(["none", "view", "contribute", "edit", "manage"]);
    expect(atLeast("edit", "contribute")).toBe(true);
    expect(atLeast("contribute", "edit")).toBe(false);
  });

  it("give admins Manage whatever level is stored", () => {
    for (const level of LEVELS) expect(effectiveLevel({ role: "admin", level })).toBe("manage");
    for (const level of LEVELS) expect(effectiveLevel({ role: "member", level })).toBe(level);
  });
});

describe("the action table", () => {
  it("lists exactly the expected actions", () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const cases = ACTIONS.flatMap((action) => LEVELS.map((level) => [action, level] as const));
  it.each(cases)("%s for a member at level %s", (action, level) => {
    const expected = EXPECTED[action]!;
    const allowed = !("tokenOnly" in expected) && !expected.adminOnly && LEVELS.indexOf(level) >= LEVELS.indexOf(expected.min);
    expect(can({ role: "member", level }, action)).toBe(allowed);
  });

  it.each(ACTIONS)("%s is allowed to every admin unless only a token grants it", (action) => {
    const allowed = !("tokenOnly" in EXPECTED[action]!);
    for (const level of LEVELS) expect(can({ role: "admin", level }, action)).toBe(allowed);
  });

  it("marks only power-changing actions admin-only", () => {
    const adminOnly = ACTIONS.filter((a) => "adminOnly" in ACTION_RULES[a]);
    // Plus the org's background jobs: their data and errors span every customer and member.
    expect(adminOnly.sort()).toEqual(["jobs.retry", "jobs.view", "mailbox.view", "members.changeRole", "members.remove", "org.settings.update"]);
  });
});

// What each token lets its holder do, written out apart from TOKEN_GRANTS; portal contacts hold
// nothing yet.
const TOKEN_EXPECTED: Record<TokenKind, readonly string[]> = {
  approval: ["serviceRecords.view", "serviceRecords.approve"],
  assignment: ["serviceRecords.view", "assignments.respond"],
  inboundReply: ["messages.post", "assignments.respond"],
  invitation: ["invitations.accept"],
};

// What jobs may do (contract milestones and renewals, SLA warnings and escalations), written out
// independently of SYSTEM_GRANTS: reading what they act on, creating a renewal's successor,
// raising a record's priority and adding an assignee. Never a power over members or settings.
const SYSTEM_EXPECTED: string[] = [
  "contracts.view",
  "contracts.create",
  "serviceRecords.view",
  "serviceRecords.create",
  "serviceRecords.update",
  "serviceRecords.assign",
  "schedules.view",
  "calendar.view",
  "reminders.manage",
];

const userId = "00000000-0000-4000-8000-000000000001";
const ACTORS: { name: string; actor: Actor; expected: (action: string) => boolean }[] = [
  ...LEVELS.flatMap((level) =>
    (["member", "admin"] as const).map((role) => ({
      name: `${role} at ${level}`,
      actor: { kind: "member" as const, userId, role, level, name: "M", email: "m@example.test" },
      expected: (action: string) => {
        const rule = EXPECTED[action]!;
        if ("tokenOnly" in rule) return false;
        if (role === "admin") return true;
        return !rule.adminOnly && LEVELS.indexOf(level) >= LEVELS.indexOf(rule.min);
      },
    })),
  ),
  ...(Object.keys(TOKEN_EXPECTED) as TokenKind[]).map((token) => ({
    name: `${token} token holder`,
    actor: { kind: "token_holder" as const, token, recordId: userId, userId: null, label: "holder@example.test" },
    expected: (action: string) => TOKEN_EXPECTED[token].includes(action),
  })),
  {
    name: "system job",
    actor: { kind: "system", job: "contract-milestone" },
    expected: (action: string) => SYSTEM_EXPECTED.includes(action),
  },
  {
    name: "portal contact",
    actor: { kind: "portal_contact", contactId: userId, customerId: userId, name: "C", email: "c@example.test" },
    expected: () => false,
  },
];

describe("the guard, for every kind of actor", () => {
  const cases = ACTIONS.flatMap((action) => ACTORS.map((entry) => [action, entry.name, entry] as const));
  it.each(cases)("%s for a %s", (action, _name, { actor, expected }) => {
    expect(actorMay(actor, action)).toBe(expected(action));
  });

  it("grants each token only actions of the table, and a token holder's actions to no member", () => {
    for (const granted of Object.values(TOKEN_EXPECTED)) for (const action of granted) expect(ACTIONS).toContain(action);
    const tokenOnly = ACTIONS.filter((action) => "tokenOnly" in EXPECTED[action]!);
    expect(tokenOnly.sort()).toEqual(["assignments.respond", "invitations.accept", "serviceRecords.approve"]);
  });
});
