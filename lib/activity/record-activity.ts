import "server-only";
import { activities, type FieldChange } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import type { Actor } from "@/lib/permissions/actor";
import type { ActivityKind } from "./kinds";

export type { ActivityKind } from "./kinds";

/** Any actor's context (lib/permissions/actor.ts: never null): the row takes its actor columns from it. */
export type ActivityBy = Pick<OrgContext<Actor>, "actor">;

/** The row's actor columns; `actor_kind` is the enum of these kinds, so a kind the column lacks fails to compile. */
function actorColumns(actor: Actor) {
  switch (actor.kind) {
    case "member":
      return { actorId: actor.userId, actorKind: actor.kind, actorLabel: null };
    case "token_holder":
      return { actorId: actor.userId, actorKind: actor.kind, actorLabel: actor.label };
    case "portal_contact":
      // A contact is no user: the label names them.
      return { actorId: null, actorKind: actor.kind, actorLabel: actor.name };
    case "system":
      return { actorId: null, actorKind: actor.kind, actorLabel: actor.job };
    default:
      return unknownActor(actor);
  }
}

function unknownActor(actor: never): never {
  throw new Error(`unknown actor ${JSON.stringify(actor)}`);
}

/** One feed row, as a verb describes it. */
export type NewActivity = {
  kind: ActivityKind;
  entityId: string;
  customerId: string | null;
  summary?: string;
  changes?: Record<string, FieldChange>;
};

/** Must be called with the transaction of the change it records, so both commit or neither. */
export async function recordActivity(by: ActivityBy, t: Tenant, activity: NewActivity) {
  await recordActivities(by, t, [activity]);
}

/** Several rows of one change in one insert (a record filed with its assignment writes three). */
export async function recordActivities(by: ActivityBy, t: Tenant, list: readonly NewActivity[]) {
  if (!list.length) return;
  await t.db.insert(activities).values(
    list.map((activity) =>
      t.values({
        ...actorColumns(by.actor),
        kind: activity.kind,
        entityType: activity.kind.split(".")[0]!,
        entityId: activity.entityId,
        customerId: activity.customerId,
        summary: activity.summary ?? null,
        changes: activity.changes ?? null,
      }),
    ),
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
