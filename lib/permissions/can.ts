import type { MemberRole } from "@/db/schema";
import { type Action, ruleFor } from "./actions";
import { atLeast, type Level } from "./levels";

export type Actor = { userId: string; role: MemberRole; level: Level };

/** Admins always hold Manage (SPEC T3); the stored level only matters for members. */
export function effectiveLevel(actor: Pick<Actor, "role" | "level">): Level {
  return actor.role === "admin" ? "manage" : actor.level;
}

/** Pure decision used by the guard and by the UI to hide controls; never a substitute for the guard. */
export function can(actor: Pick<Actor, "role" | "level">, action: Action) {
  const rule = ruleFor(action);
  if ("adminOnly" in rule && rule.adminOnly && actor.role !== "admin") return false;
  return atLeast(effectiveLevel(actor), rule.level);
}
