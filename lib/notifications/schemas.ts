import { z } from "zod";
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from "@/db/schema/enum-values";

// Client-safe: shared by the bell's list, the account page's form and their verbs.

export const notificationsQuerySchema = z.object({
  /** Keyset cursor of the last notification shown (lib/db/keyset.ts). */
  before: z.string().max(200).optional(),
});

export const markNotificationReadSchema = z.object({ id: z.uuid() });

export const notificationPreferencesSchema = z.object({
  preferences: z.array(z.object({ kind: z.enum(NOTIFICATION_KINDS), channel: z.enum(NOTIFICATION_CHANNELS) })).max(NOTIFICATION_KINDS.length),
});
