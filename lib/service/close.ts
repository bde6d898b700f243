import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getServiceRecordInOrgOrThrow, moveStatus } from "./internal";
import { serviceTargetSchema } from "./schemas";

/**
 * SPEC S7: staff close a customer-approved record, which files it into the customer's support
 * history (closed records are what that history lists). Only approved records can be closed.
 */
export async function closeService(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "serviceRecords.close");
  const { id } = parseInput(serviceTargetSchema, input);
  return ctx.t.transaction(async (t) => {
    const record = await getServiceRecordInOrgOrThrow(t, id, { lock: true });
    if (record.status !== "approved") throw new ConflictError("invalidTransition");
    const closedAt = now();
    await moveStatus(ctx, t, record, "closed", { closedAt });
    await recordActivity(ctx, t, { kind: "service.closed", entityId: id, customerId: record.customerId, summary: `#${record.number}` });
    return { id, number: record.number, closedAt: closedAt.toISOString() };
  });
}
