import "server-only";
import { eq } from "drizzle-orm";
import { customers } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { getServiceRecordInOrgOrThrow } from "@/lib/service/internal";
import { OPEN_STATUSES } from "@/lib/service/status";
import { parseInput } from "@/lib/validation";
import { findRunningEntry } from "./internal";
import { entryTargetSchema } from "./schemas";

/**
 * Reopens a quick support entry after a reload (its id is in the URL): the draft's fields and
 * whether the operator's clock still runs on it. Null when the record is no longer open — the
 * page then starts afresh rather than editing filed work.
 */
export async function getSupportEntry(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "serviceRecords.view");
  const { id } = parseInput(entryTargetSchema, input);
  const record = await getServiceRecordInOrgOrThrow(ctx.t, id);
  if (!OPEN_STATUSES.includes(record.status) || !record.customerId) return null;
  const [[customer], running] = await Promise.all([
    ctx.t.db
      .select({ id: customers.id, name: customers.name })
      .from(customers)
      .where(ctx.t.where(customers, eq(customers.id, record.customerId))),
    findRunningEntry(ctx.t, ctx.actor.userId),
  ]);
  if (!customer) return null;
  return {
    recordId: record.id,
    number: record.number,
    version: record.version,
    customer,
    contactId: record.contactId,
    serviceTypeId: record.serviceTypeId,
    subject: record.subject,
    description: record.description,
    result: record.result,
    runningSince: running?.recordId === id ? running.startedAt.toISOString() : null,
  };
}

export type SupportEntryDraft = NonNullable<Awaited<ReturnType<typeof getSupportEntry>>>;
