import "server-only";
import { eq } from "drizzle-orm";
import { serviceRecords } from "@/db/schema";
import { diffFields, recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { productSubject } from "@/lib/products/internal";
import { requirePermission } from "@/lib/permissions/require-permission";
import { postTimeToPlan } from "@/lib/plans/post-time-to-plan";
import { logSlaChange } from "@/lib/sla/log-sla-event";
import { parseInput } from "@/lib/validation";
import { assertServiceReferencesInOrg, getServiceRecordInOrgOrThrow } from "./internal";
import { updateServiceRecordSchema } from "./schemas";

/**
 * Saves the record's fields over the version the user loaded; if someone saved (or the status
 * moved) in between, "staleVersion" and nothing changes. Status and assignees have their own verbs.
 */
export async function updateServiceRecord(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "serviceRecords.update");
  const { id, version, ...fields } = parseInput(updateServiceRecordSchema, input);
  return ctx.t.transaction(async (t) => {
    const current = await getServiceRecordInOrgOrThrow(t, id, { lock: true });
    if (current.version !== version) throw new ConflictError("staleVersion");
    await assertServiceReferencesInOrg(t, fields, current);
    const values = {
      ...fields,
      productId: fields.subjectKind === "product" ? fields.productId : null,
      subject: (await productSubject(t, fields)) ?? fields.subject,
    };
    const changes = diffFields(current, values);
    if (Object.keys(changes).length === 0) return { id, version };
    await t.db
      .update(serviceRecords)
      .set({ ...values, version: version + 1 })
      .where(t.where(serviceRecords, eq(serviceRecords.id, id)));
    // A new priority is judged by its own target from the start, every paused minute kept (lib/sla/clock.ts).
    if ("priorityId" in changes) await logSlaChange(t, id, { kind: "priority_changed", priority: values.priorityId ?? "" });
    await recordActivity(ctx, t, {
      kind: "service.updated",
      entityId: id,
      customerId: values.customerId,
      summary: `#${current.number} ${values.subject}`.trim(),
      changes,
    });
    // Another customer or type may mean another plan (or none): the record's time moves with it.
    if ("customerId" in changes || "serviceTypeId" in changes) await postTimeToPlan(ctx, t, { recordId: id });
    return { id, version: version + 1 };
  });
}
