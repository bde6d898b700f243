CREATE TYPE "public"."notification_channel" AS ENUM('in_app', 'email', 'both');--> statement-breakpoint
CREATE TYPE "public"."notification_entity_type" AS ENUM('service_record', 'contract');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('contract_expiring', 'contract_expired', 'contract_renewed', 'sla_warning', 'sla_breach', 'sla_escalation');--> statement-breakpoint
CREATE TYPE "public"."sla_policy_kind" AS ENUM('sla', 'ola');--> statement-breakpoint
ALTER TYPE "public"."service_status" ADD VALUE 'waiting_for_customer';--> statement-breakpoint
ALTER TYPE "public"."service_status" ADD VALUE 'waiting_for_parts';--> statement-breakpoint
CREATE TABLE "job_effects" (
	"org_id" uuid NOT NULL,
	"key" text NOT NULL,
	"job" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_effects_org_id_key_pk" PRIMARY KEY("org_id","key")
);
--> statement-breakpoint
CREATE TABLE "job_failures" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"queue" text NOT NULL,
	"job_id" uuid NOT NULL,
	"data" jsonb NOT NULL,
	"last_error" text NOT NULL,
	"attempts" integer NOT NULL,
	"failed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"retried_at" timestamp (3) with time zone,
	"retried_job_id" uuid,
	"retried_by_id" uuid,
	CONSTRAINT "job_failures_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"channel" "notification_channel" NOT NULL,
	CONSTRAINT "notification_preferences_org_id_user_id_kind_pk" PRIMARY KEY("org_id","user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"entity_type" "notification_entity_type" NOT NULL,
	"entity_id" uuid NOT NULL,
	"customer_id" uuid,
	"params" jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"in_app" boolean NOT NULL,
	"email_id" uuid,
	"read_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "sla_events" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"clock" "sla_policy_kind" NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "sla_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sla_events_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"kind" "sla_policy_kind" DEFAULT 'sla' NOT NULL,
	"calendar_id" uuid NOT NULL,
	"targets" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"pause_statuses" jsonb DEFAULT '["waiting_for_customer","waiting_for_parts"]'::jsonb NOT NULL,
	"warn_percent" integer DEFAULT 80 NOT NULL,
	"escalations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sla_policies_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "sla_policies_warn_percent_check" CHECK ("sla_policies"."warn_percent" between 1 and 100)
);
--> statement-breakpoint
ALTER TABLE "job_effects" ADD CONSTRAINT "job_effects_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_failures" ADD CONSTRAINT "job_failures_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_failures" ADD CONSTRAINT "job_failures_retried_by_id_users_id_fk" FOREIGN KEY ("retried_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_email_id_email_outbox_id_fk" FOREIGN KEY ("email_id") REFERENCES "public"."email_outbox"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_events" ADD CONSTRAINT "sla_events_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_events" ADD CONSTRAINT "sla_events_org_id_record_id_service_records_org_id_id_fk" FOREIGN KEY ("org_id","record_id") REFERENCES "public"."service_records"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_org_id_contract_id_contracts_org_id_id_fk" FOREIGN KEY ("org_id","contract_id") REFERENCES "public"."contracts"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_org_id_calendar_id_business_calendars_org_id_id_fk" FOREIGN KEY ("org_id","calendar_id") REFERENCES "public"."business_calendars"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_failures_org_id_failed_at_idx" ON "job_failures" USING btree ("org_id","failed_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_org_id_user_id_dedupe_key_idx" ON "notifications" USING btree ("org_id","user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_org_id_user_id_created_at_idx" ON "notifications" USING btree ("org_id","user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_org_id_user_id_unread_idx" ON "notifications" USING btree ("org_id","user_id") WHERE "notifications"."read_at" is null and "notifications"."in_app";--> statement-breakpoint
CREATE INDEX "sla_events_org_id_record_id_at_idx" ON "sla_events" USING btree ("org_id","record_id","clock","at");--> statement-breakpoint
CREATE UNIQUE INDEX "sla_policies_org_id_contract_id_idx" ON "sla_policies" USING btree ("org_id","contract_id");--> statement-breakpoint
CREATE INDEX "sla_policies_org_id_calendar_id_idx" ON "sla_policies" USING btree ("org_id","calendar_id");--> statement-breakpoint
-- Row-level security for the new tenant tables (migration 0017).
SELECT servio_secure_tenant_tables();
