import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { businessCalendars, contracts, memberships, picklistItems, slaPolicies } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { refuseOutOfScope } from "@/lib/visibility/refuse-out-of-scope";
import { contractPolicyKind } from "./internal";
import { applyPolicyToOpenRecords } from "./recompute-policy-clocks";
import { slaPolicySchema } from "./schemas";

/**
 * SPEC K1a: the policy an SLA or OLA contract carries, created or replaced over the version the
 * editor loaded. Open records under it are recomputed in the same transaction, so the list's
 * deadlines never show the old targets once this commits.
 */
export async function setSlaPolicy(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "contracts.update");
  const { contractId, version, ...values } = parseInput(slaPolicySchema, input);
  return ctx.t.transaction(async (t) => {
    const byId = eq(contracts.id, contractId);
    const [contract] = await t.db.select().from(contracts).where(t.whereWritable(contracts, byId)).for("update");
    if (!contract) {
      await refuseOutOfScope(t, contracts, byId, "contract");
      throw new NotFoundError("contract");
    }
    const kind = await contractPolicyKind(t, contract.typeId);
    if (!kind) throw new ConflictError("notSlaContract");
    await assertPolicyReferences(t, values);

    const [current] = await t.db
      .select()
      .from(slaPolicies)
      .where(t.where(slaPolicies, eq(slaPolicies.contractId, contractId)));
    if ((current?.version ?? undefined) !== version) throw new ConflictError("staleVersion");
    const [policy] = current
      ? await t.db
          .update(slaPolicies)
          .set({ ...values, kind, version: current.version + 1 })
          .where(t.where(slaPolicies, eq(slaPolicies.id, current.id)))
          .returning()
      : await t.db
          .insert(slaPolicies)
          .values(t.values({ ...values, kind, contractId }))
          .returning();
    const recomputed = current ? await applyPolicyToOpenRecords(t, policy!) : 0;
    await recordActivity(ctx, t, {
      kind: "contract.slaPolicySet",
      entityId: contractId,
      customerId: contract.customerId,
      summary: contract.name,
      changes: current ? { targets: { from: current.targets, to: policy!.targets } } : undefined,
    });
    return { id: policy!.id, version: policy!.version, recomputed };
  });
}

/** The calendar, priorities and people a policy names must be this org's, else field errors. */
async function assertPolicyReferences(
  t: OrgContext["t"],
  values: { calendarId: string; targets: Record<string, unknown>; escalations: { userId: string | null; priorityId: string | null }[] },
) {
  const errors: Record<string, string> = {};
  const [calendar] = await t.db
    .select({ id: businessCalendars.id })
    .from(businessCalendars)
    .where(t.where(businessCalendars, eq(businessCalendars.id, values.calendarId)));
  if (!calendar) errors.calendarId = "invalid";
  const priorityIds = [...new Set([...Object.keys(values.targets), ...values.escalations.flatMap((e) => (e.priorityId ? [e.priorityId] : []))])];
  if (priorityIds.length) {
    const found = await t.db
      .select({ id: picklistItems.id })
      .from(picklistItems)
      .where(t.where(picklistItems, eq(picklistItems.list, "priority"), inArray(picklistItems.id, priorityIds)));
    if (found.length !== priorityIds.length) errors.targets = "invalid";
  }
  const userIds = [...new Set(values.escalations.flatMap((e) => (e.userId ? [e.userId] : [])))];
  if (userIds.length) {
    const found = await t.db
      .select({ id: memberships.userId })
      .from(memberships)
      .where(t.where(memberships, and(inArray(memberships.userId, userIds))));
    if (found.length !== userIds.length) errors.escalations = "invalid";
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}
