import "server-only";
import { serviceRecords } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { Tx } from "@/db/client";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import type { MemberActor, SystemActor } from "@/lib/permissions/actor";
import { productSubject } from "@/lib/products/internal";
import { createOnce } from "@/lib/idempotency/create-once";
import { requirePermission } from "@/lib/permissions/require-permission";
import { startSlaClock } from "@/lib/sla/start-sla-clock";
import { parseInput } from "@/lib/validation";
import { setAssignees } from "./assign";
import { assertAssignable, assertServiceReferencesInOrg, nextRecordNumber } from "./internal";
import { createServiceRecordSchema, type ServiceFields } from "./schemas";

/**
 * SPEC S1: a new request. People chosen on the form are assigned in the same transaction (and
 * e-mailed, S4), so a record is never filed with its assignment half done; choosing people needs
 * the right to assign.
 */
export async function createServiceRecord(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "serviceRecords.create");
  const { assigneeIds, idempotencyKey, ...fields } = parseInput(createServiceRecordSchema, input);
  if (assigneeIds.length) requirePermission(ctx, "serviceRecords.assign");
  return ctx.t.transaction((t) => createOnce(ctx, t, "serviceRecords.create", idempotencyKey, () => fileServiceRecord(ctx, t, fields, assigneeIds)));
}

/**
 * The work of createServiceRecord inside the caller's transaction, after its guard: also how a
 * maintenance schedule files its visit (lib/schedules/generate-occurrences.ts), so a generated
 * record gets the same number, feed row, SLA clock and assignment e-mails as a typed one.
 */
export async function fileServiceRecord(ctx: OrgContext<MemberActor | SystemActor>, t: Tenant<Tx>, fields: ServiceFields, assigneeIds: string[]) {
  await assertServiceReferencesInOrg(t, fields);
  await assertAssignable(t, assigneeIds);
  const number = await nextRecordNumber(t);
  const subject = (await productSubject(t, fields)) ?? fields.subject;
  const [record] = await t.db
    .insert(serviceRecords)
    .values(
      t.values({
        ...fields,
        subject,
        productId: fields.subjectKind === "product" ? fields.productId : null,
        number,
        createdById: ctx.actor.kind === "member" ? ctx.actor.userId : null,
      }),
    )
    .returning({ id: serviceRecords.id, number: serviceRecords.number });
  await recordActivity(ctx, t, {
    kind: "service.created",
    entityId: record!.id,
    customerId: fields.customerId,
    summary: `#${number} ${subject}`.trim(),
  });
  // Before assigning, so the assignment's status move is already on the clock.
  await startSlaClock(
    t,
    { id: record!.id, customerId: fields.customerId, priorityId: fields.priorityId ?? null, status: "new" },
    "sla",
    ctx.org.timeZone,
  );
  if (assigneeIds.length) await setAssignees(ctx, t, record!.id, assigneeIds);
  return { id: record!.id, number: record!.number };
}
