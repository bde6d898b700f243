import type { Action } from "@/lib/permissions/actions";
import { can, effectiveLevel } from "@/lib/permissions/can";
import type { Level } from "@/lib/permissions/levels";
import type { AccessReason, AccessTarget, ResponsibleRole } from "./explain-access-schema";
import { type ScopeFacts, scopeRules } from "./scope";

/** What is known about the member asked about. */
export type MemberAccessFacts = ScopeFacts & { level: Level; working: boolean };

/** Who is attached to the row, as the scope rules read it. */
export type TargetAccessFacts = {
  target: AccessTarget;
  /** Sales and support reps and authorised technicians of a customer; creator and assignees of a record. */
  responsible: readonly { userId: string; role: ResponsibleRole }[];
  /** The customer's (a record's customer's) authorised technicians. */
  technicians: readonly string[];
  /** A record's assignees; empty for a customer. */
  assignees: readonly string[];
  /** The customer (a record's customer) and every customer above it in the partner tree (T7). */
  ancestors: readonly string[];
};

const ACTIONS: Record<AccessTarget, Record<"read" | "write", Action>> = {
  customer: { read: "customers.view", write: "customers.update" },
  serviceRecord: { read: "serviceRecords.view", write: "serviceRecords.update" },
};

/** The action whose level the question needs: seeing needs view, changing needs update. */
export function actionFor(target: AccessTarget, question: "read" | "write"): Action {
  return ACTIONS[target][question];
}

/**
 * The rule that decides `question` for the member, from the facts alone, in the order the app
 * applies them. The scope part follows scopeRules, the function the org context is resolved with,
 * so the named rule is the one the seam applies. `departmentPeople`: the member, their
 * department and their reports (loadDepartmentPeople), needed only for the department scope.
 * `nameOf` names members and the partner company.
 */
export function explainReason(
  member: MemberAccessFacts,
  row: TargetAccessFacts,
  question: "read" | "write",
  departmentPeople: readonly string[],
  nameOf: (id: string) => string,
): AccessReason {
  if (!member.working) return { rule: "left" };
  if (!can(member, actionFor(row.target, question))) return { rule: "level", level: effectiveLevel(member) };
  const rule = scopeRules(member)[question];
  if (member.role === "admin") return { rule: "admin" };
  if (rule === "subtree" && member.partnerCustomerId) {
    return {
      rule: "partner",
      company: nameOf(member.partnerCustomerId),
      inside: row.ancestors.includes(member.partnerCustomerId),
      assigned: row.assignees.includes(member.userId),
    };
  }
  // A partner rule without a company falls back to the technician rule, as scopeFor does.
  if (rule === "technician" || rule === "subtree") {
    return {
      rule: "technician",
      authorised: row.technicians.includes(member.userId),
      assigned: row.assignees.includes(member.userId),
    };
  }
  if (!member.position) return { rule: "unplaced" };
  const position = { position: member.position, configured: member.configured !== null };
  if (rule === "all") return { rule: "position", scope: "all", ...position };
  if (rule === "responsible") {
    const roles = row.responsible.filter((r) => r.userId === member.userId).map((r) => r.role);
    return { rule: "position", scope: "responsible", ...position, roles: [...new Set(roles)] };
  }
  // The member's own responsibility first, then the first colleague or report who holds one.
  const inDepartment = row.responsible.filter((r) => departmentPeople.includes(r.userId));
  const via = inDepartment.find((r) => r.userId === member.userId) ?? inDepartment[0];
  return {
    rule: "position",
    scope: "department",
    ...position,
    via: via ? { name: nameOf(via.userId), role: via.role, self: via.userId === member.userId } : null,
  };
}
