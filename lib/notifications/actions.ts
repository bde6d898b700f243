"use server";

import { orgAction, orgMutation } from "@/lib/actions/result";
import { listNotifications } from "./list-notifications";
import { markAllNotificationsRead } from "./mark-all-notifications-read";
import { markNotificationRead } from "./mark-notification-read";
import { setNotificationPreferences } from "./set-notification-preferences";

export async function loadMoreNotificationsAction(orgSlug: string, before: string) {
  return orgAction(orgSlug, (ctx) => listNotifications(ctx, { before }));
}

export async function markNotificationReadAction(orgSlug: string, id: string) {
  return orgMutation(orgSlug, (ctx) => markNotificationRead(ctx, { id }));
}

export async function markAllNotificationsReadAction(orgSlug: string) {
  return orgMutation(orgSlug, (ctx) => markAllNotificationsRead(ctx));
}

export async function setNotificationPreferencesAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => setNotificationPreferences(ctx, values));
}
