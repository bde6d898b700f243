CREATE TYPE "public"."schedule_catch_up_policy" AS ENUM('create_upcoming', 'create_all', 'latest_only', 'mark_missed');--> statement-breakpoint
CREATE TYPE "public"."schedule_holiday_move" AS ENUM('next', 'previous');--> statement-breakpoint
CREATE TYPE "public"."schedule_occurrence_state" AS ENUM('pending', 'created', 'missed', 'skipped');--> statement-breakpoint
ALTER TYPE "public"."notification_entity_type" ADD VALUE 'maintenance_schedule';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'schedule_missed';--> statement-breakpoint
CREATE TABLE "maintenance_schedules" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"contract_id" uuid,
	"plan_id" uuid,
	"title" text NOT NULL,
	"rrule" text NOT NULL,
	"first_date" date NOT NULL,
	"until_date" date,
	"count" integer,
	"lead_days" integer DEFAULT 0 NOT NULL,
	"service_type_id" uuid NOT NULL,
	"calendar_id" uuid,
	"holiday_move" "schedule_holiday_move" DEFAULT 'next' NOT NULL,
	"catch_up_policy" "schedule_catch_up_policy" DEFAULT 'create_upcoming' NOT NULL,
	"paused_at" timestamp (3) with time zone,
	"settled_through" date,
	"next_due_at" timestamp (3) with time zone,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maintenance_schedules_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "schedule_occurrences" (
	"org_id" uuid NOT NULL,
	"schedule_id" uuid NOT NULL,
	"occurrence_date" date NOT NULL,
	"planned_date" date NOT NULL,
	"state" "schedule_occurrence_state" DEFAULT 'pending' NOT NULL,
	"service_record_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schedule_occurrences_org_id_schedule_id_occurrence_date_pk" PRIMARY KEY("org_id","schedule_id","occurrence_date")
);
--> statement-breakpoint
CREATE TABLE "schedule_technicians" (
	"org_id" uuid NOT NULL,
	"schedule_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "schedule_technicians_org_id_schedule_id_user_id_pk" PRIMARY KEY("org_id","schedule_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "maintenance_schedules" ADD CONSTRAINT "maintenance_schedules_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maintenance_schedules" ADD CONSTRAINT "maintenance_schedules_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maintenance_schedules" ADD CONSTRAINT "maintenance_schedules_org_id_customer_id_customers_org_id_id_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maintenance_schedules" ADD CONSTRAINT "maintenance_schedules_org_id_contract_id_contracts_org_id_id_fk" FOREIGN KEY ("org_id","contract_id") REFERENCES "public"."contracts"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maintenance_schedules" ADD CONSTRAINT "maintenance_schedules_org_id_plan_id_service_plans_org_id_id_fk" FOREIGN KEY ("org_id","plan_id") REFERENCES "public"."service_plans"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maintenance_schedules" ADD CONSTRAINT "maintenance_schedules_org_id_service_type_id_picklist_items_org_id_id_fk" FOREIGN KEY ("org_id","service_type_id") REFERENCES "public"."picklist_items"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maintenance_schedules" ADD CONSTRAINT "maintenance_schedules_org_id_calendar_id_business_calendars_org_id_id_fk" FOREIGN KEY ("org_id","calendar_id") REFERENCES "public"."business_calendars"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_occurrences" ADD CONSTRAINT "schedule_occurrences_org_id_schedule_id_maintenance_schedules_org_id_id_fk" FOREIGN KEY ("org_id","schedule_id") REFERENCES "public"."maintenance_schedules"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_occurrences" ADD CONSTRAINT "schedule_occurrences_org_id_service_record_id_service_records_org_id_id_fk" FOREIGN KEY ("org_id","service_record_id") REFERENCES "public"."service_records"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_technicians" ADD CONSTRAINT "schedule_technicians_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_technicians" ADD CONSTRAINT "schedule_technicians_org_id_schedule_id_maintenance_schedules_org_id_id_fk" FOREIGN KEY ("org_id","schedule_id") REFERENCES "public"."maintenance_schedules"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "maintenance_schedules_org_id_customer_id_idx" ON "maintenance_schedules" USING btree ("org_id","customer_id");--> statement-breakpoint
CREATE INDEX "maintenance_schedules_next_due_at_idx" ON "maintenance_schedules" USING btree ("next_due_at") WHERE "maintenance_schedules"."paused_at" is null and "maintenance_schedules"."next_due_at" is not null;--> statement-breakpoint
CREATE INDEX "maintenance_schedules_org_id_title_id_idx" ON "maintenance_schedules" USING btree ("org_id","title","id");--> statement-breakpoint
CREATE UNIQUE INDEX "schedule_occurrences_org_id_service_record_id_idx" ON "schedule_occurrences" USING btree ("org_id","service_record_id");--> statement-breakpoint
-- Issue 12: every org's service types gain "Scheduled service", the type of the records maintenance
-- schedules create (lib/orgs/seed-org-defaults.ts gives new orgs the same item; keep them in step).
INSERT INTO "picklist_items" ("org_id", "list", "key", "labels", "position")
SELECT o."id", 'service_type', 'scheduled_service', '{"en":"Scheduled service","tr":"Planlı bakım","ro":"Programare service"}'::jsonb,
  COALESCE((SELECT max(p."position") + 1 FROM "picklist_items" p WHERE p."org_id" = o."id" AND p."list" = 'service_type'), 0)
FROM "orgs" o
ON CONFLICT ("org_id", "list", "key") DO NOTHING;--> statement-breakpoint
SELECT servio_secure_tenant_tables();
