import "server-only";
import type { OrgContext } from "@/lib/context";
import { ForbiddenError } from "@/lib/errors";
import type { Action } from "./actions";
import { can } from "./can";

/** The one guard (SPEC T4): the first line of every verb, whoever calls it. */
export function requirePermission(ctx: OrgContext, action: Action) {
  if (!can(ctx.actor, action)) throw new ForbiddenError(action);
}
