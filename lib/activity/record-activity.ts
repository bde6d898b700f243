import "server-only";
import { activities, type FieldChange } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import type { ActivityKind } from "./kinds";

export type { ActivityKind } from "./kinds";

/**
 * Who acts, when it is not a member in the app with a context: someone holding a token (an
 * assignee answering by link or e-mail reply — `userId` set; the customer approving — named by
 * `label`), or the system (jobs). A member's context can be passed as it is.
 */
export type ActivityActor =
  { kind: "member"; userId: string } | { kind: "token_holder"; userId: string | null; label: string } | { kind: "system"; label?: string };

/** A member's context or a typed actor: never null, so every row says who made the change. */
export type ActivityBy = Pick<OrgContext, "actor"> | ActivityActor;

function actorColumns(by: ActivityBy) {
  if ("actor" in by) return { actorId: by.actor.userId, actorKind: "member" as const, actorLabel: null };
  switch (by.kind) {
    case "member":
      return { actorId: by.userId, actorKind: by.kind, actorLabel: null };
    case "token_holder":
      return { actorId: by.userId, actorKind: by.kind, actorLabel: by.label };
    case "system":
      return { actorId: null, actorKind: by.kind, actorLabel: by.label ?? null };
  }
}

/** Must be called with the transaction of the change it records, so both commit or neither. */
export async function recordActivity(
  by: ActivityBy,
  t: Tenant,
  activity: { kind: ActivityKind; entityId: string; customerId: string | null; summary?: string; changes?: Record<string, FieldChange> },
) {
  await t.db.insert(activities).values(
    t.values({
      ...actorColumns(by),
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
