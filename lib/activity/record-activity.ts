import "server-only";
import { activities, type FieldChange } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";

export type ActivityKind =
  | "customer.created"
  | "customer.updated"
  | "customer.deleted"
  | "contact.created"
  | "contact.updated"
  | "contact.deleted"
  | "note.created"
  | "service.created"
  | "service.updated"
  | "service.statusChanged"
  | "service.assigned"
  | "service.accepted"
  | "service.rejected"
  | "service.completed"
  | "service.approved"
  | "service.closed"
  | "service.timeLogged"
  | "service.timeCorrected"
  | "service.message"
  | "note.updated"
  | "note.deleted";

/**
 * Must be called with the transaction of the change it records, so both commit or neither.
 * `ctx` is null for changes no member makes: a customer approving, an e-mail reply arriving.
 */
export async function recordActivity(
  ctx: Pick<OrgContext, "actor"> | null,
  t: Tenant,
  activity: { kind: ActivityKind; entityId: string; customerId: string | null; summary?: string; changes?: Record<string, FieldChange> },
) {
  await t.db.insert(activities).values(
    t.values({
      actorId: ctx?.actor.userId ?? null,
      kind: activity.kind,
      entityType: activity.kind.split(".")[0]!,
      entityId: activity.entityId,
      customerId: activity.customerId,
      summary: activity.summary ?? null,
      changes: activity.changes ?? null,
    }),
  );
}

/** Field-by-field before/after of what really changed; empty when nothing did. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const changes: Record<string, FieldChange> = {};
  for (const [field, value] of Object.entries(after)) {
    const old = before[field] ?? null;
    if (JSON.stringify(old) !== JSON.stringify(value ?? null)) changes[field] = { from: old, to: value ?? null };
  }
  return changes;
}
