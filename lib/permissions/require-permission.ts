import "server-only";
import type { OrgContext } from "@/lib/context";
import { ForbiddenError } from "@/lib/errors";
import type { Action } from "./actions";
import type { Actor } from "./actor";
import { actorMay } from "./actor-may";

/**
 * The one guard (SPEC T4): the first line of every verb, whoever calls it — a member (the
 * permission table), a token holder (what its token grants), a job, a portal contact.
 */
export function requirePermission(ctx: OrgContext<Actor>, action: Action) {
  if (!actorMay(ctx.actor, action)) throw new ForbiddenError(action);
}
