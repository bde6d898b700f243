import type { NotificationEntityType } from "@/db/schema/enum-values";

// Client-safe: where a notification leads, for the bell's list and the e-mail's button.

const PATHS: Record<NotificationEntityType, string> = {
  service_record: "service",
  contract: "contracts",
  maintenance_schedule: "schedules",
  reminder: "reminders",
};

export function notificationHref(orgSlug: string, entity: { entityType: NotificationEntityType; entityId: string }) {
  return `/${encodeURIComponent(orgSlug)}/${PATHS[entity.entityType]}/${entity.entityId}`;
}
