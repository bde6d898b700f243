import "server-only";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { stopRunningTimersOnRecord } from "@/lib/time-entries/internal";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getServiceRecordInOrgOrThrow, moveStatus } from "./internal";
import { changeStatusSchema } from "./schemas";
import { MANUAL_TARGETS } from "./status";

/**
 * The plain status moves: start work and cancel. Other targets have verbs that do more (assign,
 * complete, approve, close) and are refused here as "invalidTransition", like any move the flow
 * does not allow from the current status; nothing changes then.
 */
export async function changeServiceStatus(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "serviceRecords.update");
  const { id, status } = parseInput(changeStatusSchema, input);
  return ctx.t.transaction(async (t) => {
    const record = await getServiceRecordInOrgOrThrow(t, id, { lock: true });
    if (!MANUAL_TARGETS.includes(status)) throw new ConflictError("invalidTransition");
    if (record.status === status) return { id, status, version: record.version };
    // Work starts when it is first started; a record reopened later keeps its first start.
    const extra = status === "in_progress" && !record.actualStart ? { actualStart: now() } : {};
    await moveStatus(ctx, t, record, status, extra);
    // A cancelled record takes no more time: whoever still has a timer on it stops now.
    if (status === "cancelled") await stopRunningTimersOnRecord(ctx, t, id);
    return { id, status, version: record.version + 1 };
  });
}
