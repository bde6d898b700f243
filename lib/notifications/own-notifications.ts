import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";

/**
 * The signed-in member's own in-app notifications. Org and user, not the visibility scope:
 * a notification is addressed to one person (it is theirs, like their inbox) and belongs to no
 * customer's rows, so it has no registry line; its text was written for that person when it was
 * sent. Every read and change of notifications by a member goes through here.
 */
export function ownNotifications(t: Tenant, userId: string, ...conditions: (SQL | undefined)[]): SQL {
  return t.whereInOrg(notifications, and(eq(notifications.userId, userId), eq(notifications.inApp, true), ...conditions));
}
