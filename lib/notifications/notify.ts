import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, notificationPreferences, notifications, users, type NotificationParams } from "@/db/schema";
import type { NotificationEntityType, NotificationKind } from "@/db/schema/enum-values";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { appUrl } from "@/lib/http/app-url";
import { isWorkingMembership } from "@/lib/members/working-membership";
import type { Actor } from "@/lib/permissions/actor";
import { notificationHref } from "./notification-href";
import { renderNotificationEmail } from "@/lib/email/render-notification-email";

export type NotifyInput = {
  kind: NotificationKind;
  /** User ids; those who are no working member of the org are skipped. */
  recipients: readonly string[];
  entity: { type: NotificationEntityType; id: string; customerId: string | null };
  params: NotificationParams;
  /** Once per recipient and key: `contract:<id>:notify_before:<date>`, `sla:<clock id>:breach`. */
  key: string;
};

/**
 * Notifies each recipient once per key, inside the caller's transaction (after the caller's guard):
 * the in-app row and, by the recipient's preference (none: both), the e-mail through the outbox.
 * The unique (org, user, key) decides: a second call with the same key writes nothing, and a
 * rollback of the caller takes rows and e-mails with it. Returns the ids of the rows written.
 */
export async function notify(ctx: Pick<OrgContext<Actor>, "org">, t: Tenant<Tx>, input: NotifyInput): Promise<string[]> {
  const ids = [...new Set(input.recipients)];
  if (ids.length === 0) return [];
  const people = await t.db
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    // Org only: a recipient is a member of the org, whoever acts (a job sees no member rows by scope).
    .where(t.whereInOrg(memberships, inArray(memberships.userId, ids), isWorkingMembership()));
  // The recipients' own choices; no row means both.
  const preferences = await t.db
    .select({ userId: notificationPreferences.userId, channel: notificationPreferences.channel })
    .from(notificationPreferences)
    .where(t.whereInOrg(notificationPreferences, inArray(notificationPreferences.userId, ids), eq(notificationPreferences.kind, input.kind)));
  const channelOf = new Map(preferences.map((p) => [p.userId, p.channel]));

  const written: string[] = [];
  for (const person of people) {
    const channel = channelOf.get(person.id) ?? "both";
    const [row] = await t.db
      .insert(notifications)
      .values(
        t.values({
          userId: person.id,
          kind: input.kind,
          entityType: input.entity.type,
          entityId: input.entity.id,
          customerId: input.entity.customerId,
          params: input.params,
          dedupeKey: input.key,
          inApp: channel !== "email",
        }),
      )
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    if (!row) continue;
    written.push(row.id);
    if (channel === "in_app") continue;
    const rendered = await renderNotificationEmail({
      kind: input.kind,
      params: input.params,
      locale: person.locale ?? ctx.org.locale,
      timeZone: ctx.org.timeZone,
      org: ctx.org.name,
      url: appUrl(notificationHref(ctx.org.slug, { entityType: input.entity.type, entityId: input.entity.id })),
    });
    const emailId = await enqueueEmail(t.db, { ...rendered, to: person.email, orgId: t.orgId });
    await t.db
      .update(notifications)
      .set({ emailId })
      .where(t.whereInOrg(notifications, eq(notifications.id, row.id)));
  }
  return written;
}
