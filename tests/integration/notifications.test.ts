import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailOutbox, notifications } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { systemContext } from "@/lib/jobs/system-context";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { getNotificationPreferences } from "@/lib/notifications/get-notification-preferences";
import { listNotifications, NOTIFICATIONS_PAGE } from "@/lib/notifications/list-notifications";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { notify, type NotifyInput } from "@/lib/notifications/notify";
import { setNotificationPreferences } from "@/lib/notifications/set-notification-preferences";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections, emailsTo } from "./helpers";

let org: Awaited<ReturnType<typeof createOrg>>;
let rep: Awaited<ReturnType<typeof addMember>>;

beforeAll(async () => {
  org = await createOrg("Notify Org");
  rep = await addMember(org, "edit");
});
afterAll(closeConnections);

function expiring(recipients: string[], contractId = randomUUID()): NotifyInput {
  return {
    kind: "contract_expiring",
    recipients,
    entity: { type: "contract", id: contractId, customerId: null },
    params: { subject: "Bakım sözleşmesi", customer: "Kiraz Ltd", date: "2027-01-31" },
    key: `contract:${contractId}:notify_before:2027-01-31`,
  };
}

/** As a job would call it: the job's context, in the transaction of the milestone. */
async function notifyAsJob(input: NotifyInput) {
  const ctx = await systemContext(org.orgId, "contract-milestone");
  return ctx.t.transaction((t) => notify(ctx, t, input));
}

describe("notify", () => {
  it("creates each notification and e-mail once when called twice with the same key", async () => {
    const input = expiring([org.userId, rep.userId]);
    const first = await notifyAsJob(input);
    const second = await notifyAsJob(input);
    expect(first).toHaveLength(2);
    expect(second).toEqual([]);
    const rows = await db.select().from(notifications).where(eq(notifications.entityId, input.entity.id));
    expect(rows).toHaveLength(2);
    const [mail] = await emailsTo(rep.email);
    expect(mail).toMatchObject({ kind: "notification.contract_expiring", subject: "Contract expiring soon", orgId: org.orgId });
    expect(mail!.text).toContain("Bakım sözleşmesi for Kiraz Ltd ends on Jan 31, 2027.");
    expect(mail!.html).toContain(`/${org.orgSlug}/contracts/${input.entity.id}`);
    expect((await emailsTo(rep.email)).filter((e) => e.html.includes(input.entity.id))).toHaveLength(1);
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const input = expiring([rep.userId]);
    const ctx = await systemContext(org.orgId, "contract-milestone");
    await expect(
      ctx.t.transaction(async (t) => {
        await notify(ctx, t, input);
        throw new Error("the milestone's own write failed");
      }),
    ).rejects.toThrow("the milestone's own write failed");
    expect(await db.select().from(notifications).where(eq(notifications.entityId, input.entity.id))).toEqual([]);
    expect((await emailsTo(rep.email)).filter((e) => e.html.includes(input.entity.id))).toEqual([]);
  });

  it("honours each recipient's choice per kind: in the app only, by e-mail only, both by default", async () => {
    const inAppOnly = await addMember(org, "view");
    const emailOnly = await addMember(org, "view");
    await setNotificationPreferences(inAppOnly.ctx, { preferences: [{ kind: "contract_expiring", channel: "in_app" }] });
    await setNotificationPreferences(emailOnly.ctx, { preferences: [{ kind: "contract_expiring", channel: "email" }] });
    expect((await getNotificationPreferences(emailOnly.ctx)).find((p) => p.kind === "contract_expiring")?.channel).toBe("email");
    expect((await getNotificationPreferences(emailOnly.ctx)).find((p) => p.kind === "sla_breach")?.channel).toBe("both");

    const input = expiring([inAppOnly.userId, emailOnly.userId]);
    await notifyAsJob(input);
    expect(await countUnreadNotifications(inAppOnly.ctx)).toBe(1);
    expect(await emailsTo(inAppOnly.email)).toEqual([]);
    expect(await countUnreadNotifications(emailOnly.ctx)).toBe(0);
    expect((await listNotifications(emailOnly.ctx, {})).rows).toEqual([]);
    expect(await emailsTo(emailOnly.email)).toHaveLength(1);

    // Another kind is still both for them.
    await notifyAsJob({ ...expiring([emailOnly.userId]), kind: "contract_expired" });
    expect(await countUnreadNotifications(emailOnly.ctx)).toBe(1);
    expect(await emailsTo(emailOnly.email)).toHaveLength(2);
  });

  it("skips recipients who are no working member of the org", async () => {
    const stranger = await createOrg("Stranger Org");
    const input = expiring([stranger.userId, rep.userId]);
    expect(await notifyAsJob(input)).toHaveLength(1);
    expect(await countUnreadNotifications(stranger.ctx)).toBe(0);
  });
});

describe("the bell", () => {
  it("lists the member's own notifications newest first by keyset, marks one and then all read", async () => {
    const member = await addMember(org, "view");
    for (let i = 0; i < NOTIFICATIONS_PAGE + 2; i++) await notifyAsJob(expiring([member.userId]));
    expect(await countUnreadNotifications(member.ctx)).toBe(NOTIFICATIONS_PAGE + 2);

    const first = await listNotifications(member.ctx, {});
    expect(first.rows).toHaveLength(NOTIFICATIONS_PAGE);
    expect(first.before).not.toBeNull();
    const second = await listNotifications(member.ctx, { before: first.before });
    expect(second.rows).toHaveLength(2);
    expect(second.before).toBeNull();
    const all = [...first.rows, ...second.rows];
    expect(new Set(all.map((row) => row.id)).size).toBe(NOTIFICATIONS_PAGE + 2);
    const times = all.map((row) => row.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(all[0]!.href).toMatch(new RegExp(`^/${org.orgSlug}/contracts/[0-9a-f-]{36}$`));

    await markNotificationRead(member.ctx, { id: all[0]!.id });
    expect(await countUnreadNotifications(member.ctx)).toBe(NOTIFICATIONS_PAGE + 1);
    expect((await listNotifications(member.ctx, {})).rows[0]).toMatchObject({ id: all[0]!.id, read: true });

    expect(await markAllNotificationsRead(member.ctx)).toEqual({ marked: NOTIFICATIONS_PAGE + 1 });
    expect(await countUnreadNotifications(member.ctx)).toBe(0);
  });

  it("shows no one else's notifications, in the org or in another org, and cannot mark them read", async () => {
    const input = expiring([rep.userId]);
    await notifyAsJob(input);
    const [theirs] = await db.select().from(notifications).where(eq(notifications.entityId, input.entity.id));

    // The org's admin does not see the rep's notifications either: they are the rep's own.
    expect((await listNotifications(org.ctx, {})).rows.map((row) => row.id)).not.toContain(theirs!.id);
    await caught(markNotificationRead(org.ctx, { id: theirs!.id }), NotFoundError);

    const other = await createOrg("Other Notify Org");
    expect((await listNotifications(other.ctx, {})).rows).toEqual([]);
    expect(await countUnreadNotifications(other.ctx)).toBe(0);
    await caught(markNotificationRead(other.ctx, { id: theirs!.id }), NotFoundError);
    await markAllNotificationsRead(other.ctx);
    const [still] = await db.select().from(notifications).where(eq(notifications.id, theirs!.id));
    expect(still!.readAt).toBeNull();
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.orgId, other.orgId))).toEqual([]);
  });
});
