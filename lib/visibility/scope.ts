import type { MemberRole } from "@/db/schema/enum-values";
import type { MemberPosition, PositionScope } from "@/db/schema/people";
import { DEFAULT_POSITION_SCOPES } from "./position-scope-defaults";

/**
 * Which rows an actor reaches below the org (SPEC T5, T6, T9), as data on the context. The one
 * seam (lib/db/tenant.ts with lib/visibility/registry.ts) turns it into SQL for every scoped table.
 * - all: everything in the org (admins, directors, a member the org never placed).
 * - people: customers for which one of `userIds` is sales rep, sales-support rep or authorised
 *   technician, and records one of them is assigned to or created. `responsible` is the member
 *   alone; `department` adds their department's members and everyone reporting to them.
 * - technician: the customers they are authorised for with those customers' records, plus the
 *   records they are assigned to.
 * - subtree (partner staff, T7): their partner company and every customer below it, those
 *   customers' records, plus the records they are assigned to.
 * - record (a token holder, lib/auth/token-context.ts): the one service record the token names,
 *   its customer and that customer's contacts (whom the report and the approver are named from),
 *   and the record's own rows (assignments, messages, attachments, time entries, approval links,
 *   feed entries). `assigneeId` narrows the record's assignments to one assignee's: an assignment
 *   link changes its own answer only.
 * - none (an invitation link): no scoped row at all.
 */
export type Scope =
  | { kind: "all" }
  | { kind: "people"; rule: "department" | "responsible"; userIds: readonly string[] }
  | { kind: "technician"; userId: string }
  | { kind: "subtree"; rootId: string; userId: string }
  | { kind: "record"; recordId: string; customerId: string | null; assigneeId?: string }
  | { kind: "none" };

/** The rules a scope can follow: a position's (Settings → Access) or one of the fixed ones. */
export type ScopeRule = PositionScope | "technician" | "subtree";

/** What the actor may read and, within that, change. */
export type ActorScope = { read: Scope; write: Scope };

export const ALL: ActorScope = { read: { kind: "all" }, write: { kind: "all" } };

/** The membership facts a scope is decided from, as loaded with the org context. */
export type ScopeFacts = {
  userId: string;
  role: MemberRole;
  position: MemberPosition | null;
  technician: boolean;
  /** The partner company the member works for (T7), if any. */
  partnerCustomerId: string | null;
  /** The org's Settings → Access row for the position, if it has one. */
  configured: { read: PositionScope; write: PositionScope } | null;
};

/**
 * The rule each of the actor's two scopes follows, before any people are looked up. Admins see
 * everything whatever their position (SPEC T3: admins always hold Manage); partner staff and
 * technicians have the fixed T7 and T5 rules (partner first: a dealer's technician works for the
 * dealer); an unplaced member keeps the behaviour of an org without structure.
 */
export function scopeRules(facts: ScopeFacts): { read: ScopeRule; write: ScopeRule } {
  if (facts.role === "admin") return { read: "all", write: "all" };
  if (facts.partnerCustomerId) return { read: "subtree", write: "subtree" };
  if (facts.technician) return { read: "technician", write: "technician" };
  if (!facts.position) return { read: "all", write: "all" };
  return facts.configured ?? DEFAULT_POSITION_SCOPES[facts.position];
}

/** One rule made concrete: `department` needs the people of the department, loaded by the caller. */
export function scopeFor(rule: ScopeRule, facts: Pick<ScopeFacts, "userId" | "partnerCustomerId">, departmentPeople: readonly string[]): Scope {
  const { userId } = facts;
  if (rule === "all") return { kind: "all" };
  if (rule === "technician") return { kind: "technician", userId };
  if (rule === "subtree")
    return facts.partnerCustomerId ? { kind: "subtree", rootId: facts.partnerCustomerId, userId } : { kind: "technician", userId };
  if (rule === "responsible") return { kind: "people", rule, userIds: [userId] };
  return { kind: "people", rule, userIds: departmentPeople };
}
