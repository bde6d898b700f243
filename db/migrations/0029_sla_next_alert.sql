ALTER TYPE "public"."notification_kind" ADD VALUE 'ola_warning' BEFORE 'schedule_missed';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'ola_breach' BEFORE 'schedule_missed';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'ola_escalation' BEFORE 'schedule_missed';--> statement-breakpoint
ALTER TABLE "service_records" ADD COLUMN "sla_next_alert_at" timestamp (3) with time zone;--> statement-breakpoint
CREATE INDEX "service_records_sla_next_alert_at_idx" ON "service_records" USING btree ("sla_next_alert_at") WHERE "service_records"."sla_next_alert_at" is not null;--> statement-breakpoint
ALTER TABLE "service_records" DROP COLUMN "sla_first_response_due_at";--> statement-breakpoint
ALTER TABLE "service_records" DROP COLUMN "sla_escalate_at";--> statement-breakpoint
-- Backfill. The exact next alert instant needs the business calendars (lib/sla/due-sla-alerts.ts),
-- so it is not computed here: every open record with a clock is due at once, the next sweeps take
-- them earliest first in batches (lib/jobs/find-due-sla-records.ts), and each record's job sends
-- what is due (nothing twice: the SLA keys are unchanged) and writes the exact instant.
UPDATE "service_records" AS r SET "sla_next_alert_at" = now()
WHERE r."status" IN ('new', 'assigned', 'in_progress', 'waiting_for_customer', 'waiting_for_parts')
  AND EXISTS (SELECT 1 FROM "sla_events" AS e WHERE e."org_id" = r."org_id" AND e."record_id" = r."id" AND e."kind" = 'started');
