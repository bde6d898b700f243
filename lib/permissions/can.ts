import { type Action, ruleFor } from "./actions";
import type { MemberActor } from "./actor";
import { atLeast, type Level } from "./levels";

/** Admins always hold Manage (SPEC T3); the stored level only matters for members. */
export function effectiveLevel(actor: Pick<MemberActor, "role" | "level">): Level {
  return actor.role === "admin" ? "manage" : actor.level;
}

/**
 * A member's decision, used by the guard (lib/permissions/actor-may.ts) and by the UI to hide
 * controls; never a substitute for the guard. Token-only actions are no member's at any level.
 */
export function can(actor: Pick<MemberActor, "role" | "level">, action: Action) {
  const rule = ruleFor(action);
  if ("tokenOnly" in rule) return false;
  if (rule.adminOnly && actor.role !== "admin") return false;
  return atLeast(effectiveLevel(actor), rule.level);
}
