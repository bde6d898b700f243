import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import {
  type ExportedFunction,
  exportedFunctions,
  filesUnder,
  importsOf,
  isClientModule,
  isDatabaseImport,
  isStep,
  isValuesModule,
  isVerbCandidate,
  isVerbModule,
  literalLists,
  machineClockReads,
  readSource,
  resolveImport,
  takesOrgContext,
  valueSetKey,
} from "./structure";

/**
 * The layout rules of STYLE.md that a review would otherwise have to remember, checked on every
 * run: every verb guards first, the UI and the action wrappers never reach the database, and each
 * database enum's values are written once. Each rule is also run on small fixtures, to show it
 * reports what it should.
 */

// ---------------------------------------------------------------------------------------------
// 1. Every verb guards first.
//
// Rule: in a verb module (isVerbModule: lib/<domain>/**, except actions.ts, internal.ts,
// schemas.ts, *-schemas.ts and *-params.ts), every exported function that is async or takes the
// org context (isVerbCandidate) opens with `requirePermission(ctx, …)` — or, for a verb of the
// signed-in user without an org, `await requireUser()`. The exceptions below are all there is;
// an entry that stops being needed (the function is gone or now guards) fails too.

/**
 * Steps of verbs (isStep: handed a Tenant, Tenant<Tx>, Tx or DbOrTx) need no guard of their own:
 * they work on what a guarded caller hands them. Enforced below: no page, component or action
 * imports a step, so none is an entry point. These few take no such handle and are steps too.
 */
const STEPS: Record<string, readonly string[]> = {
  // The keyset page and the filters behind listCustomers, countCustomers and exportCustomers.
  "lib/customers/list-customers.ts": ["selectCustomerPage", "customerFilters"],
  "lib/service/list-service-records.ts": ["serviceFilters"],
  "lib/contracts/list-contracts.ts": ["contractFilters"],
  // The task list's filters, shared with its count; both verbs guard before building them.
  "lib/work-items/list-work-items.ts": ["workFilters"],
  // Checks and stores an upload for postMessage, after its guard.
  "lib/files/detect-type.ts": ["detectFileType"],
  "lib/files/store.ts": ["storeFile", "readStoredFile", "removeStoredFile"],
};

/**
 * Entry points with another authority than the permission table. Token verbs: the secret in the
 * link or reply address is the authority, and they are throttled by address; once the token is
 * found they build its holder's context (lib/auth/token-context.ts) and pass the same guard. User-level verbs: the
 * caller passes the user it got from requireUser(); there is no org yet, so no permission row.
 */
const OTHER_AUTHORITY: Record<string, { names: readonly string[]; why: string }> = {
  "lib/permissions/require-permission.ts": { names: ["requirePermission"], why: "the guard itself" },
  "lib/orgs/load-org-context.ts": { names: ["loadOrgContext"], why: "builds the context the guard judges (the user's membership of the org)" },
  "lib/approval/get-approval-page.ts": { names: ["getApprovalPage"], why: "token: the customer's approval page" },
  "lib/approval/public-attempts.ts": {
    names: ["beginApprovalAttempt", "forgiveAttempt", "withApprovalAttempt"],
    why: "token: the per-address throttle in front of the approval page",
  },
  "lib/service/approve.ts": { names: ["approveService"], why: "token: the customer approves through the link" },
  "lib/service/respond-to-assignment.ts": {
    names: ["describeAssignment", "respondToAssignment"],
    why: "token: an assignee answers through the e-mailed link or by reply",
  },
  "lib/inbound/handle-inbound-email.ts": { names: ["handleInboundEmail"], why: "token: the reply address names the record; the webhook is signed" },
  "lib/inbound/received-body.ts": { names: ["receivedBody"], why: "token: step of handleInboundEmail (the body from the provider)" },
  "lib/invitations/find-invitation.ts": { names: ["describeInvitation"], why: "token: the invitation link" },
  "lib/invitations/invitation-page-locale.ts": { names: ["invitationPageLocale"], why: "token: the invitation page's language" },
  "lib/invitations/accept-invitation.ts": { names: ["acceptInvitation"], why: "token: the invitation link is the authority to join" },
  "lib/orgs/create-org-for-user.ts": { names: ["createOrgForUser"], why: "user: any signed-in user may start an org and becomes its admin" },
  "lib/orgs/list-my-orgs.ts": { names: ["listMyOrgs"], why: "user: the signed-in user's own memberships" },
  "lib/system/test-clock.ts": { names: ["moveTestClock"], why: "test only: the e2e server's clock, absent without SERVIO_TEST_CLOCK=1" },
  "lib/system/test-faults.ts": {
    names: ["orgIdOfSlug", "setTestFault", "throwIfFaultInjected"],
    why: "test only: the e2e server's fault switch, absent without SERVIO_TEST_CLOCK=1",
  },
};

/** Folders without verbs: what they export takes no org context (one that does is still checked). */
const NO_VERBS: Record<string, string> = {
  "lib/actions": "the action wrappers themselves (orgAction resolves the context, the verb guards)",
  "lib/auth": "user-level: sign-in, sign-up, sessions, password reset and the user's own profile; no org",
  "lib/email": "the outbox (rendering, delivery: system jobs) and the development mailbox, gated by mailbox-access.ts",
  "lib/exports": "renders rows a guarded verb has read",
  "lib/health": "the health check: whether the database answers, nothing of a tenant",
  "lib/http": "request plumbing for route handlers, which call verbs",
  "lib/i18n": "message catalogues and the request's locale",
  "lib/jobs": "the job runtime: workers call verbs or deliver the outbox",
};

const verbModules = filesUnder("lib").filter(isVerbModule);

function unguardedIn(file: string, text = readSource(file)) {
  return exportedFunctions(file, text).filter((fn) => isVerbCandidate(fn) && !fn.guardedFirst);
}

const excused = (file: string, fn: ExportedFunction) =>
  isStep(fn) ||
  STEPS[file]?.includes(fn.name) ||
  OTHER_AUTHORITY[file]?.names.includes(fn.name) ||
  (!takesOrgContext(fn) && Object.keys(NO_VERBS).some((dir) => file.startsWith(`${dir}/`)));

/** Every unguarded step, listed or found by its parameters: file → names. */
function allSteps() {
  const steps = new Map<string, Set<string>>(Object.entries(STEPS).map(([file, names]) => [file, new Set(names)]));
  for (const file of verbModules) for (const fn of unguardedIn(file).filter(isStep)) steps.set(file, (steps.get(file) ?? new Set()).add(fn.name));
  return steps;
}

describe("every verb guards first", () => {
  it("finds the verbs: a reading sample is there", () => {
    const verbs = verbModules.flatMap((file) =>
      exportedFunctions(file, readSource(file))
        .filter(isVerbCandidate)
        .map((fn) => `${file}#${fn.name}`),
    );
    expect(verbs).toContain("lib/customers/update-customer.ts#updateCustomer");
    expect(verbs.length).toBeGreaterThan(70);
  });

  it("each exported verb opens with requirePermission (or is an exception listed above)", () => {
    const offenders = verbModules.flatMap((file) =>
      unguardedIn(file)
        .filter((fn) => !excused(file, fn))
        .map((fn) => `${file}:${fn.line} ${fn.name}`),
    );
    expect(offenders, "add requirePermission(ctx, …) as the first statement").toEqual([]);
  });

  it("lists no exception that is no longer needed", () => {
    const listed = [...Object.entries(STEPS), ...Object.entries(OTHER_AUTHORITY).map(([file, entry]) => [file, entry.names] as const)];
    const stale = listed.flatMap(([file, names]) => {
      // Needed only while the function exists, has no guard and is not a step by its parameters.
      const unguarded = new Set(
        verbModules.includes(file)
          ? unguardedIn(file)
              .filter((fn) => !isStep(fn))
              .map((fn) => fn.name)
          : [],
      );
      return names.filter((name) => !unguarded.has(name)).map((name) => `${file}#${name}`);
    });
    expect(stale, "remove these from the exceptions").toEqual([]);
    // A folder is listed only while it holds something the listing excuses.
    const idleDirs = Object.keys(NO_VERBS).filter(
      (dir) => !verbModules.some((file) => file.startsWith(`${dir}/`) && unguardedIn(file).some((fn) => !isStep(fn))),
    );
    expect(idleDirs, "remove these folders from NO_VERBS").toEqual([]);
  });

  it("no page, component or action imports a step, so a step is never an entry point", () => {
    const steps = allSteps();
    expect(steps.get("lib/activity/record-activity.ts")).toContain("recordActivity");
    const importers = [...filesUnder("app"), ...filesUnder("components"), ...filesUnder("lib").filter((file) => file.endsWith("/actions.ts"))];
    const offenders = importers.flatMap((file) =>
      importsOf(file, readSource(file)).flatMap((use) => {
        const target = resolveImport(file, use.specifier);
        const names = target ? steps.get(target) : undefined;
        return names ? use.names.filter((name) => name === "*" || names.has(name)).map((name) => `${file}:${use.line} ${name} from ${target}`) : [];
      }),
    );
    expect(offenders).toEqual([]);
  });

  it("the rule itself: reports a verb whose first statement is not the guard", () => {
    const fixture = `
      export async function listThings(ctx: OrgContext, input: unknown) {
        const query = parseInput(schema, input);
        requirePermission(ctx, "things.view");
        return query;
      }
      export async function getThing(ctx: OrgContext, input: unknown) { requirePermission(ctx, "things.view"); return input; }
      export const removeThing = async (ctx: OrgContext) => ctx.t.db.delete(things);
      export function thingFilters(ctx: OrgContext) { return [ctx.org.id]; }
      export function tokenThing(ctx: OrgContext<TokenHolderActor>) { return ctx.actor.label; }
      export async function changeEmail(input: unknown) { const user = await requireUser(); return user; }
      export function formatThing(thing: Thing) { return thing.name; }
      export async function thingTotals(t: Tenant<Tx>, id: string) { return t.db.select().from(things); }
    `;
    const unguarded = unguardedIn("lib/things/fixture.ts", fixture);
    expect(unguarded.map((fn) => fn.name)).toEqual(["listThings", "removeThing", "thingFilters", "tokenThing", "thingTotals"]);
    expect(unguarded.filter(isStep).map((fn) => fn.name)).toEqual(["thingTotals"]);
    expect(isVerbModule("lib/things/list-things.ts")).toBe(true);
    expect(
      ["lib/things/actions.ts", "lib/things/internal.ts", "lib/things/list-params.ts", "lib/things/thing-schemas.ts", "lib/context.ts"].filter(
        isVerbModule,
      ),
    ).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. No database in app/, components/ or any actions.ts: they call verbs.

describe("the UI and the action wrappers never reach the database", () => {
  const files = [...filesUnder("app"), ...filesUnder("components"), ...filesUnder("lib").filter((file) => file.endsWith("/actions.ts"))];

  it("covers the app, the components and every actions.ts", () => {
    expect(files).toContain("lib/customers/actions.ts");
    expect(files.some((file) => file.startsWith("app/"))).toBe(true);
    expect(files.some((file) => file.startsWith("components/"))).toBe(true);
  });

  it("imports neither @/db (client, schema values) nor drizzle-orm nor postgres, except as types", () => {
    const offenders = files.flatMap((file) =>
      importsOf(file, readSource(file))
        .filter((use) => !use.typeOnly && isDatabaseImport(file, use.specifier))
        .map((use) => `${file}:${use.line} ${use.specifier}`),
    );
    expect(offenders, "call a verb in lib/<domain>/ instead").toEqual([]);
  });

  it("keeps the plain values modules beside the schema free of imports, so the browser may load them", () => {
    const valuesModules = filesUnder("db/schema").filter(isValuesModule);
    expect(valuesModules).toContain("db/schema/enum-values.ts");
    const offenders = valuesModules.flatMap((file) => importsOf(file, readSource(file)).map((use) => `${file}:${use.line} ${use.specifier}`));
    expect(offenders).toEqual([]);
  });

  it("the rule itself: value imports, re-exports and dynamic imports count, type-only ones do not", () => {
    const fixture = `
      import { db } from "@/db/client";
      import { customers } from "@/db/schema";
      import { eq, type SQL } from "drizzle-orm";
      import { alias } from "drizzle-orm/pg-core";
      import postgres from "postgres";
      import type { PicklistLabels } from "@/db/schema";
      import { type FieldChange } from "@/db/schema/activity";
      import { listCustomers } from "@/lib/customers/list-customers";
      import { CUSTOMER_TYPES } from "@/db/schema/enum-values";
      export { users } from "../../db/schema/users";
      const load = () => import("@/db/client");
    `;
    const flagged = importsOf("components/things/fixture.tsx", fixture)
      .filter((use) => !use.typeOnly && isDatabaseImport("components/things/fixture.tsx", use.specifier))
      .map((use) => use.specifier);
    expect(flagged).toEqual(["@/db/client", "@/db/schema", "drizzle-orm", "drizzle-orm/pg-core", "postgres", "../../db/schema/users", "@/db/client"]);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Each database enum's values are written once, in db/schema; zod schemas and the UI use that
// list (db/schema/enum-values.ts holds the client-safe ones) or `table.enumValues`.

type PgEnumLike = { enumName: string; enumValues: readonly string[] };
const isPgEnum = (value: unknown): value is PgEnumLike =>
  typeof value === "function" && "enumName" in value && "enumValues" in value && Array.isArray(value.enumValues);

const pgEnums = (Object.values(schema) as unknown[]).filter(isPgEnum);

function copiesOf(files: string[], read: (file: string) => string = readSource) {
  const byKey = new Map(pgEnums.map((pgEnum) => [valueSetKey(pgEnum.enumValues), pgEnum.enumName]));
  return files.flatMap((file) =>
    literalLists(file, read(file)).flatMap((list) => {
      const enumName = byKey.get(valueSetKey(list.values));
      return enumName ? [{ ...list, enumName }] : [];
    }),
  );
}

describe("enums are defined once", () => {
  it("finds the schema's enums", () => {
    expect(pgEnums.map((pgEnum) => pgEnum.enumName)).toEqual(expect.arrayContaining(["service_status", "customer_type", "permission_level"]));
  });

  // Seeds, scripts and tests write values as data (a demo customer's type), not as definitions.
  it("writes each enum's value list out once, in db/schema, and nowhere else in lib/, components/ or app/", () => {
    const copies = copiesOf(["db/schema", "lib", "components", "app"].flatMap((dir) => filesUnder(dir)));
    const outside = copies
      .filter((copy) => !copy.file.startsWith("db/schema/"))
      .map((copy) => `${copy.file}:${copy.line} ${copy.kind} of ${copy.enumName}`);
    expect(outside, "import the list (db/schema/enum-values.ts, or table.enumValues) or derive the type from it").toEqual([]);
    const counts = new Map<string, typeof copies>();
    for (const copy of copies) counts.set(copy.enumName, [...(counts.get(copy.enumName) ?? []), copy]);
    const twice = [...counts]
      .filter(([, lists]) => lists.length > 1)
      .map(([name, lists]) => `${name}: ${lists.map((l) => `${l.file}:${l.line}`).join(", ")}`);
    expect(twice).toEqual([]);
  });

  it("the rule itself: an array, a z.enum or a union with an enum's values in any order is a copy; a subset is not", () => {
    const fixture = `
      export const TYPES = ["dealer", "distributor", "customer", "main_dealer"] as const;
      const schema = z.object({ kind: z.enum(["text", "product"]) });
      type Source = "manual" | "timer";
      export const OPEN: readonly ServiceStatus[] = ["new", "assigned", "in_progress"];
    `;
    const found = copiesOf(["lib/things/fixture.ts"], () => fixture).map((copy) => `${copy.kind} ${copy.enumName}`);
    expect(found).toEqual(["array customer_type", "array service_subject_kind", "union time_entry_source"]);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. A tenant is made only with a context (issue 10, item 4): lib/context.ts `makeContext` builds
// every member's, token holder's and job's `ctx.t`, so no path reads tenant rows without an actor
// and its scope. Token paths use lib/auth/token-context.ts. lib/db/tenant.ts defines it.

const TENANT_MODULE = "lib/db/tenant.ts";
const TENANT_MAKERS = new Set(["lib/context.ts", TENANT_MODULE]);

/** Imports of the `tenant` function itself (a value import; types like Tenant are fine). */
function tenantImports(file: string, text: string) {
  return importsOf(file, text)
    .filter((use) => !use.typeOnly && resolveImport(file, use.specifier) === TENANT_MODULE)
    .filter((use) => use.names.includes("tenant") || use.names.includes("*"))
    .map((use) => `${file}:${use.line}`);
}

describe("a tenant is made only with a context", () => {
  it("no file under lib/, app/ or components/ but lib/context.ts imports tenant()", () => {
    const files = ["lib", "app", "components"].flatMap((dir) => filesUnder(dir)).filter((file) => !TENANT_MAKERS.has(file));
    expect(files).toContain("lib/service/approve.ts");
    const offenders = files.flatMap((file) => tenantImports(file, readSource(file)));
    expect(offenders, "build a context: makeContext (lib/context.ts) or tokenContext (lib/auth/token-context.ts)").toEqual([]);
    expect(tenantImports("lib/context.ts", readSource("lib/context.ts"))).toHaveLength(1);
  });

  it("the rule itself: value, aliased and namespace imports of tenant count, the Tenant type does not", () => {
    const fixture = `
      import { tenant } from "@/lib/db/tenant";
      import { tenant as makeTenant, type Tenant } from "../db/tenant";
      import * as seam from "@/lib/db/tenant";
      import type { Tenant as T } from "@/lib/db/tenant";
      import { type TenantTable } from "@/lib/db/tenant";
      const later = () => import("@/lib/db/tenant");
    `;
    expect(tenantImports("lib/things/fixture.ts", fixture)).toEqual([
      "lib/things/fixture.ts:2",
      "lib/things/fixture.ts:3",
      "lib/things/fixture.ts:4",
      "lib/things/fixture.ts:7",
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. One source of "now": verbs, jobs, pages and the schema's stamps take it from lib/clock.ts, so
// a test (setClock) or the e2e server (POST /api/test-clock) moves all of them at once. Browser
// code ("use client") keeps the browser's clock: it ticks timers and "5 minutes ago" from it.

/** The machine clock where real time is the point; the list is all there is, and is kept short. */
const REAL_TIME: Record<string, string> = {
  "lib/clock.ts": "the one source itself: the machine clock plus the e2e offset",
  "lib/system/test-clock.ts": "the e2e offset is the distance from the machine clock to the time asked for",
  "lib/inbound/sign-webhook.ts": "Svix checks a signature's timestamp against the machine clock (±5 min), so signing must use it too",
  "lib/auth/read-session.ts": "a decrypted token is held to the expiry jose checks against the machine clock when it decrypts",
};

const serverFiles = () =>
  ["lib", "app", "components", "db"].flatMap((dir) => filesUnder(dir)).filter((file) => !isClientModule(file, readSource(file)));

describe("one source of now", () => {
  it("no server module reads the machine clock but the few listed", () => {
    const files = serverFiles();
    expect(files).toContain("lib/service/complete.ts");
    expect(files).not.toContain("components/service/timer/use-now.ts");
    const offenders = files
      .filter((file) => !(file in REAL_TIME))
      .flatMap((file) => machineClockReads(file, readSource(file)).map((read) => `${file}:${read.line} ${read.kind}`));
    expect(offenders, 'take "now" from now() in lib/clock.ts').toEqual([]);
  });

  it("lists no file that no longer reads the machine clock", () => {
    const stale = Object.keys(REAL_TIME).filter((file) => machineClockReads(file, readSource(file)).length === 0);
    expect(stale, "remove these from REAL_TIME").toEqual([]);
  });

  it("the rule itself: new Date() and Date.now count, a conversion does not; browser modules are told apart", () => {
    const fixture = `
      const a = new Date();
      const b = new Date;
      const c = Date.now() + 1000;
      const d = new Date(c);
      const e = new Date("2027-01-01T00:00:00Z");
      setInterval(() => tick(Date.now), 500);
      const f = now();
    `;
    expect(machineClockReads("lib/things/fixture.ts", fixture)).toEqual([
      { line: 2, kind: "new Date()" },
      { line: 3, kind: "new Date()" },
      { line: 4, kind: "Date.now" },
      { line: 7, kind: "Date.now" },
    ]);
    expect(isClientModule("components/things/fixture.tsx", `"use client";\nexport const x = 1;`)).toBe(true);
    expect(isClientModule("components/things/fixture.tsx", `import "server-only";\nconst s = "use client";`)).toBe(false);
  });
});
