import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Issue 10, item 11: no scoped table is read outside the seam. Every query that reads a scoped
// table (FROM or JOIN) must take its rows through the tenant's `where` / `whereWritable` (which add
// the actor's scope, lib/visibility/registry.ts); org-only reads (`whereInOrg`) and cross-org token
// lookups are allowed only in the files listed below, each with its reason.

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The registry's tables, by their schema export names (kept in step by the test below). */
const SCOPED = [
  "customers",
  "contacts",
  "notes",
  "customerTags",
  "customerTechnicians",
  "customerTree",
  "contracts",
  "slaPolicies",
  "activities",
  "serviceRecords",
  "serviceAssignments",
  "timeEntries",
  "serviceMessages",
  "approvalTokens",
  "serviceAttachments",
  "slaEvents",
  "maintenanceSchedules",
  "servicePlans",
  "workItems",
  "appointments",
  "appointmentAttendees",
  "meetingNotes",
  "meetingNoteParticipants",
  "meetingNoteContacts",
  "reminders",
  "reminderRecipients",
];

/** Files that read scoped tables without the actor's scope, and why that is right. */
const ALLOWED: Record<string, string> = {
  "lib/approval/find-approval-token.ts": "token holder: the approval link names its record across orgs",
  "lib/service/respond-to-assignment.ts": "token holder: the assignment link names its record across orgs",
  "lib/inbound/handle-inbound-email.ts": "token holder: an inbound reply names its record by its address",
  "lib/visibility/predicates.ts": "the seam's own rules",
  "lib/visibility/registry.ts": "the seam's own rules",
  "lib/visibility/work-rules.ts": "the seam's own rules",
  "lib/visibility/load-department-people.ts": "resolves the scope itself",
  "lib/reports/report-totals.ts": "totals over `inScope`, which its callers build with t.where(serviceRecords, …)",
  "lib/time-entries/internal.ts": "selectEntries() is completed by its callers with t.where(timeEntries, …)",
  "lib/jobs/find-due-contracts.ts": "cross-org sweep: finds every org's due milestones; each effect then runs in its org's system context",
  "lib/jobs/find-due-sla-records.ts": "cross-org sweep: finds every org's due SLA alerts; each effect then runs in its org's system context",
  "lib/jobs/find-due-reminders.ts": "cross-org sweep: finds every org's reminders with an alert due; each then runs in its org's system context",
  "lib/jobs/find-due-appointment-emails.ts":
    "cross-org sweep: finds every org's appointments with an attendee e-mail due; each then runs in its org's system context",
  "lib/jobs/find-due-schedules.ts": "cross-org sweep: finds every org's schedules with a record due; each then runs in its org's system context",
};

const READS = new Set(["from", "innerJoin", "leftJoin", "rightJoin", "fullJoin"]);
/** `whereInOrg` is the seam's deliberate org-only form (a record in scope naming its customer); each use says why. */
const SEAM = new Set(["where", "whereWritable", "whereInOrg"]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The whole chained query a call belongs to: `db.select().from(x).where(…).orderBy(…)`. */
function outermostChain(node: ts.Node): ts.Node {
  let current = node;
  while (
    current.parent &&
    (ts.isPropertyAccessExpression(current.parent) || (ts.isCallExpression(current.parent) && current.parent.expression === current))
  ) {
    current = current.parent;
  }
  return current;
}

/** `const name = …` declarations of a file, so a where built beforehand (`const inScope = t.where(…)`) counts. */
function declarations(source: ts.SourceFile) {
  const found = new Map<string, ts.Expression>();
  const visit = (n: ts.Node) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) found.set(n.name.text, n.initializer);
    ts.forEachChild(n, visit);
  };
  visit(source);
  return found;
}

/** A call of the tenant seam somewhere inside `node`: `t.where(…)`, `ctx.t.whereWritable(…)`, `tenant(id).where(…)`. */
function usesSeam(node: ts.Node, table: string, declared: Map<string, ts.Expression>): boolean {
  let found = false;
  const followed = new Set<string>();
  const visit = (n: ts.Node) => {
    if (found) return;
    if (ts.isIdentifier(n) && declared.has(n.text) && !followed.has(n.text)) {
      followed.add(n.text);
      visit(declared.get(n.text)!);
    }
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && SEAM.has(n.expression.name.text)) {
      const [first] = n.arguments;
      // The seam scopes the table it is given: the read's own table must be that argument.
      if (first && ts.isIdentifier(first) && first.text === table) found = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

type Finding = { file: string; line: number; table: string; via: string };

function unscopedReads(file: string): Finding[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const declared = declarations(source);
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && READS.has(node.expression.name.text)) {
      const [first] = node.arguments;
      if (first && ts.isIdentifier(first) && SCOPED.includes(first.text)) {
        // A join carries its own condition; a FROM is scoped by the query's where.
        const scope = node.expression.name.text === "from" ? outermostChain(node) : node;
        if (!usesSeam(scope, first.text, declared)) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          findings.push({ file: path.relative(ROOT, file), line: line + 1, table: first.text, via: node.expression.name.text });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

describe("reads of scoped tables", () => {
  it("names exactly the registry's tables", () => {
    const registry = readFileSync(path.join(ROOT, "lib/visibility/registry.ts"), "utf8");
    const declared = [...registry.matchAll(/\[\s*(\w+),\s*\(scope, orgId\)/g)].map((m) => m[1]).sort();
    expect(declared).toEqual([...SCOPED].sort());
  });

  it("all go through the tenant seam, outside the files allowed with a reason", () => {
    const findings = filesUnder(path.join(ROOT, "lib"))
      .filter((file) => !(path.relative(ROOT, file) in ALLOWED))
      .flatMap(unscopedReads);
    const report = findings.map((f) => `${f.file}:${f.line} reads ${f.table} (${f.via}) without t.where(${f.table}, …)`);
    expect(report).toEqual([]);
  });

  it("would catch a read that forgets the seam", () => {
    const probe = path.join(ROOT, "tests/unit/fixtures/unscoped-read.ts.txt");
    const findings = unscopedReads(probe);
    expect(findings.map((f) => `${f.table}:${f.via}`)).toEqual(["customers:from", "customers:leftJoin", "notes:from"]);
  });
});
