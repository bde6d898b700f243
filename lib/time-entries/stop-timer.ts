import "server-only";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { type Clock, findRunningEntry, instantOf, lockTimerOwner, stopEntry } from "./internal";
import { stopTimerSchema } from "./schemas";

/**
 * Stops the acting user's running timer. Allowed whatever the record's status: a timer must never
 * be trapped running because its record was completed meanwhile. "timerNotRunning" when nothing
 * runs (or, with a record id, nothing runs on that record) — a stale page then simply reloads.
 */
export async function stopTimer(ctx: OrgContext, input: unknown, clock: Clock = {}) {
  requirePermission(ctx, "timeEntries.log");
  const { recordId } = parseInput(stopTimerSchema, input ?? {});
  return ctx.t.transaction(async (t) => {
    await lockTimerOwner(t, ctx.actor.userId);
    const running = await findRunningEntry(t, ctx.actor.userId);
    if (!running || (recordId && running.recordId !== recordId)) throw new ConflictError("timerNotRunning");
    return stopEntry(ctx, t, running, instantOf(clock));
  });
}
