import { describe, expect, it } from "vitest";
import { ACTION_RULES, ACTIONS } from "@/lib/permissions/actions";
import { can, effectiveLevel } from "@/lib/permissions/can";
import { atLeast, LEVELS, type Level } from "@/lib/permissions/levels";

// The expected minimum level of every action, written out independently of ACTION_RULES so a
// change to the table must be made on purpose in both places.
const EXPECTED: Record<string, { min: Level; adminOnly?: boolean }> = {
  "org.view": { min: "none" },
  "org.settings.view": { min: "view" },
  "org.settings.update": { min: "manage", adminOnly: true },
  "members.view": { min: "view" },
  "members.remove": { min: "manage", adminOnly: true },
  "members.changeRole": { min: "manage", adminOnly: true },
  "members.setEmploymentStatus": { min: "manage" },
  "invitations.view": { min: "manage" },
  "invitations.create": { min: "manage" },
  "invitations.revoke": { min: "manage" },
  "permissions.view": { min: "manage" },
  "permissions.update": { min: "manage" },
  "access.explain": { min: "manage" },
  "picklists.manage": { min: "manage" },
  "mailbox.view": { min: "manage", adminOnly: true },
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
  "timeEntries.log": { min: "contribute" },
  "timeEntries.correct": { min: "edit" },
  "messages.post": { min: "contribute" },
  "products.manage": { min: "manage" },
  "contracts.view": { min: "view" },
  "contracts.create": { min: "contribute" },
  "contracts.update": { min: "edit" },
  "contracts.delete": { min: "manage" },
  "servicePlans.view": { min: "view" },
  "servicePlans.manage": { min: "edit" },
  "maintenance.view": { min: "view" },
  "maintenance.manage": { min: "edit" },
  "tasks.view": { min: "view" },
  "tasks.create": { min: "contribute" },
  "tasks.update": { min: "edit" },
  "tasks.delete": { min: "manage" },
  "calendar.view": { min: "view" },
  "calendar.manage": { min: "contribute" },
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
    const allowed = !expected.adminOnly && LEVELS.indexOf(level) >= LEVELS.indexOf(expected.min);
    expect(can({ role: "member", level }, action)).toBe(allowed);
  });

  it.each(ACTIONS)("%s is allowed to every admin", (action) => {
    for (const level of LEVELS) expect(can({ role: "admin", level }, action)).toBe(true);
  });

  it("marks only power-changing actions admin-only", () => {
    const adminOnly = ACTIONS.filter((a) => "adminOnly" in ACTION_RULES[a]);
    expect(adminOnly.sort()).toEqual(["mailbox.view", "members.changeRole", "members.remove", "org.settings.update"]);
  });
});
