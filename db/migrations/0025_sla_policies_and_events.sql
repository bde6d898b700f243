CREATE TYPE "public"."sla_clock_state" AS ENUM('running', 'paused', 'met', 'breached', 'breached_met_late');--> statement-breakpoint
ALTER TABLE "service_records" ADD COLUMN "sla_state" "sla_clock_state";--> statement-breakpoint
ALTER TABLE "service_records" ADD COLUMN "sla_due_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "service_records" ADD COLUMN "sla_warn_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "service_records" ADD COLUMN "sla_first_response_due_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "service_records" ADD COLUMN "sla_paused_left" integer;--> statement-breakpoint
CREATE INDEX "service_records_org_id_sla_due_at_idx" ON "service_records" USING btree ("org_id","sla_due_at") WHERE "service_records"."sla_state" = 'running';--> statement-breakpoint
-- The SLA clock is a log (issue 11 item 6): a past event is never changed or removed. Deleting the
-- record or the org still cascades (that delete runs inside a foreign-key trigger, depth > 1).
CREATE FUNCTION servio_sla_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' OR pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION 'sla_events is append-only' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END;
$$;--> statement-breakpoint
CREATE TRIGGER sla_events_append_only BEFORE UPDATE OR DELETE ON "sla_events"
  FOR EACH ROW EXECUTE FUNCTION servio_sla_events_append_only();--> statement-breakpoint
SELECT servio_secure_tenant_tables();
