import "server-only";
import { serviceRecords } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { productSubject } from "@/lib/products/internal";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertMembers, assertServiceReferencesInOrg, nextRecordNumber } from "./internal";
import { createServiceRecordSchema } from "./schemas";

/**
 * SPEC S1: a new request. People chosen on the form are assigned through `assign` afterwards (by
 * the caller) so they get their e-mails; here they are only checked to be members.
 */
export async function createServiceRecord(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "serviceRecords.create");
  const { assigneeIds, ...fields } = parseInput(createServiceRecordSchema, input);
  return ctx.t.transaction(async (t) => {
    await assertServiceReferencesInOrg(t, fields);
    await assertMembers(t, assigneeIds);
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
          createdById: ctx.actor.userId,
        }),
      )
      .returning({ id: serviceRecords.id, number: serviceRecords.number });
    await recordActivity(ctx, t, { kind: "service.created", entityId: record!.id, customerId: fields.customerId, summary: `#${number} ${subject}`.trim() });
    return { id: record!.id, number: record!.number, assigneeIds };
  });
}
