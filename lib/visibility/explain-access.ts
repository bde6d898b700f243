import "server-only";
import { eq, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { customers, serviceRecords } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import type { TenantTable } from "@/lib/db/tenant";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { can } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { type AccessAnswer, type AccessTarget, explainAccessSchema } from "./explain-access-schema";
import { actionFor, explainReason } from "./explain-reason";
import { loadDepartmentPeople } from "./load-department-people";
import { loadMemberAccessFacts, loadNames, loadTargetAccessFacts } from "./load-access-facts";

const TABLES: Record<AccessTarget, { table: TenantTable; id: AnyPgColumn }> = {
  customer: { table: customers, id: customers.id },
  serviceRecord: { table: serviceRecords, id: serviceRecords.id },
};

/**
 * SPEC T9 "why can X see / change this?", for Manage users: whether the member may see and may
 * change one customer or service record, and the rule that decides each. `allowed` is not worked
 * out here: it is the outcome of the member's own context (loaded as for their requests) running
 * the seam's read and write predicates on the row, so the answer can never disagree with the app.
 * The reason is told from the facts; tests/integration/explain-access.test.ts holds the two equal.
 */
export async function explainAccess(ctx: OrgContext, input: unknown): Promise<AccessAnswer> {
  requirePermission(ctx, "access.explain");
  const { userId, customerId, recordId } = parseInput(explainAccessSchema, input);
  const target: AccessTarget = customerId ? "customer" : "serviceRecord";
  const id = (customerId ?? recordId)!;
  const [member, row] = await Promise.all([loadMemberAccessFacts(ctx.t, userId), loadTargetAccessFacts(ctx.t, target, id)]);

  // Dismissed and resigned members have no context at all (SPEC T8): their answer is "no".
  const theirs = member.working ? await loadOrgContext(userId, ctx.org.slug) : null;
  const { table, id: idColumn } = TABLES[target];
  const reaches = async (question: "read" | "write") => {
    if (!theirs || !can(theirs.actor, actionFor(target, question))) return false;
    const byId = eq(idColumn, id);
    const where = question === "read" ? theirs.t.where(table, byId) : theirs.t.whereWritable(table, byId);
    const [hit] = await theirs.t.db
      .select({ one: sql`1` })
      .from(table)
      .where(where)
      .limit(1);
    return hit !== undefined;
  };

  const rules = theirs ? [theirs.t.scope.read, theirs.t.scope.write] : [];
  const department = rules.some((s) => s.kind === "people" && s.rule === "department")
    ? await loadDepartmentPeople(ctx.t.db, ctx.org.id, userId)
    : [];
  const names = await loadNames(
    ctx.t,
    row.responsible.map((r) => r.userId),
    member.partnerCustomerId ? [member.partnerCustomerId] : [],
  );
  const nameOf = (id: string) => names.get(id) ?? "";
  const [read, write] = await Promise.all([reaches("read"), reaches("write")]);
  return {
    member: { userId, name: member.name },
    target,
    read: { allowed: read, reason: explainReason(member, row, "read", department, nameOf) },
    write: { allowed: write, reason: explainReason(member, row, "write", department, nameOf) },
  };
}
