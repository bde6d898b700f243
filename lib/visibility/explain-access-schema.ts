import { z } from "zod";
import type { MemberPosition } from "@/db/schema/people";
import type { Level } from "@/lib/permissions/levels";

// Client-safe: the "Who can see this?" controls and the explain-access verb share these.

/** A member and one customer or one service record: whose access to what is asked about. */
export const explainAccessSchema = z
  .object({
    userId: z.uuid({ error: "required" }),
    customerId: z.uuid({ error: "required" }).optional(),
    recordId: z.uuid({ error: "required" }).optional(),
  })
  .refine((v) => (v.customerId === undefined) !== (v.recordId === undefined), { path: ["customerId"], message: "required" });

export type AccessTarget = "customer" | "serviceRecord";

/** How someone is responsible for the row (SPEC T9 "responsible"). */
export type ResponsibleRole = "salesRep" | "supportRep" | "technician" | "creator" | "assignee";

/**
 * The rule that decides one of the two questions (may see, may change), with the facts it was
 * decided on, in the order the app applies them: employment (T8), the permission level, then the
 * scope (admin, technician, no position, the position's scope from Settings → Access or default).
 */
export type AccessReason =
  | { rule: "left" }
  | { rule: "level"; level: Level }
  | { rule: "admin" }
  | { rule: "unplaced" }
  /** `authorised`: for the customer (a record's customer); `assigned`: to the record. */
  | { rule: "technician"; authorised: boolean; assigned: boolean }
  /** Partner staff (T7): `inside` their company's sub-tree; `assigned` to the record. */
  | { rule: "partner"; company: string; inside: boolean; assigned: boolean }
  | { rule: "position"; scope: "all"; position: MemberPosition; configured: boolean }
  /** `via`: the department member or report who is responsible, null when nobody is. */
  | {
      rule: "position";
      scope: "department";
      position: MemberPosition;
      configured: boolean;
      via: { name: string; role: ResponsibleRole; self: boolean } | null;
    }
  | { rule: "position"; scope: "responsible"; position: MemberPosition; configured: boolean; roles: ResponsibleRole[] };

export type AccessVerdict = { allowed: boolean; reason: AccessReason };

export type AccessAnswer = {
  member: { userId: string; name: string };
  target: AccessTarget;
  read: AccessVerdict;
  write: AccessVerdict;
};

/** Whether the reason, read on its own, grants access: the verb's query and this must agree. */
export function reasonGrants(reason: AccessReason): boolean {
  switch (reason.rule) {
    case "left":
    case "level":
      return false;
    case "admin":
    case "unplaced":
      return true;
    case "technician":
      return reason.authorised || reason.assigned;
    case "partner":
      return reason.inside || reason.assigned;
    case "position":
      if (reason.scope === "all") return true;
      if (reason.scope === "department") return reason.via !== null;
      return reason.roles.length > 0;
  }
}
