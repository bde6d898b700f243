CREATE TYPE "public"."meeting_outcome" AS ENUM('informational', 'follow_up', 'appointment', 'offer_requested', 'not_interested');--> statement-breakpoint
CREATE TYPE "public"."work_item_kind" AS ENUM('task', 'issue');--> statement-breakpoint
CREATE TYPE "public"."work_item_priority" AS ENUM('low', 'normal', 'high', 'urgent');--> statement-breakpoint
CREATE TYPE "public"."work_item_status" AS ENUM('open', 'in_progress', 'done', 'cancelled');--> statement-breakpoint
ALTER TYPE "public"."notification_entity_type" ADD VALUE 'reminder';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'reminder_due';--> statement-breakpoint
CREATE TABLE "appointment_attendees" (
	"org_id" uuid NOT NULL,
	"appointment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "appointment_attendees_org_id_appointment_id_user_id_pk" PRIMARY KEY("org_id","appointment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"customer_id" uuid,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"place" text,
	"description" text,
	"next_email_at" timestamp (3) with time zone,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointments_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "appointments_ends_after_start" CHECK ("appointments"."ends_at" > "appointments"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "meeting_note_contacts" (
	"org_id" uuid NOT NULL,
	"note_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	CONSTRAINT "meeting_note_contacts_org_id_note_id_contact_id_pk" PRIMARY KEY("org_id","note_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_note_participants" (
	"org_id" uuid NOT NULL,
	"note_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "meeting_note_participants_org_id_note_id_user_id_pk" PRIMARY KEY("org_id","note_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_notes" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid,
	"met_at" timestamp (3) with time zone NOT NULL,
	"outcome" "meeting_outcome" NOT NULL,
	"summary" text,
	"appointment_id" uuid,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_notes_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "reminder_recipients" (
	"org_id" uuid NOT NULL,
	"reminder_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"dismissed_at" timestamp (3) with time zone,
	CONSTRAINT "reminder_recipients_org_id_reminder_id_user_id_pk" PRIMARY KEY("org_id","reminder_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "reminders" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"due_at" timestamp (3) with time zone NOT NULL,
	"body" text NOT NULL,
	"customer_id" uuid,
	"next_alert_at" timestamp (3) with time zone,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminders_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "work_items" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "work_item_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"status" "work_item_status" DEFAULT 'open' NOT NULL,
	"priority" "work_item_priority" DEFAULT 'normal' NOT NULL,
	"assignee_id" uuid,
	"due_at" timestamp (3) with time zone,
	"completed_at" timestamp (3) with time zone,
	"customer_id" uuid,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_items_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "appointment_attendees" ADD CONSTRAINT "appointment_attendees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_attendees" ADD CONSTRAINT "appointment_attendees_org_id_appointment_id_appointments_org_id_id_fk" FOREIGN KEY ("org_id","appointment_id") REFERENCES "public"."appointments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_org_id_customer_id_customers_org_id_id_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_note_contacts" ADD CONSTRAINT "meeting_note_contacts_org_id_note_id_meeting_notes_org_id_id_fk" FOREIGN KEY ("org_id","note_id") REFERENCES "public"."meeting_notes"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_note_contacts" ADD CONSTRAINT "meeting_note_contacts_org_id_contact_id_contacts_org_id_id_fk" FOREIGN KEY ("org_id","contact_id") REFERENCES "public"."contacts"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_note_participants" ADD CONSTRAINT "meeting_note_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_note_participants" ADD CONSTRAINT "meeting_note_participants_org_id_note_id_meeting_notes_org_id_id_fk" FOREIGN KEY ("org_id","note_id") REFERENCES "public"."meeting_notes"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_notes" ADD CONSTRAINT "meeting_notes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_notes" ADD CONSTRAINT "meeting_notes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_notes" ADD CONSTRAINT "meeting_notes_org_id_customer_id_customers_org_id_id_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_notes" ADD CONSTRAINT "meeting_notes_org_id_appointment_id_appointments_org_id_id_fk" FOREIGN KEY ("org_id","appointment_id") REFERENCES "public"."appointments"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_recipients" ADD CONSTRAINT "reminder_recipients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_recipients" ADD CONSTRAINT "reminder_recipients_org_id_reminder_id_reminders_org_id_id_fk" FOREIGN KEY ("org_id","reminder_id") REFERENCES "public"."reminders"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_org_id_customer_id_customers_org_id_id_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_org_id_customer_id_customers_org_id_id_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointment_attendees_org_id_user_id_idx" ON "appointment_attendees" USING btree ("org_id","user_id");--> statement-breakpoint
CREATE INDEX "appointments_org_id_starts_at_idx" ON "appointments" USING btree ("org_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_org_id_customer_id_starts_at_idx" ON "appointments" USING btree ("org_id","customer_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_next_email_at_idx" ON "appointments" USING btree ("next_email_at") WHERE "appointments"."next_email_at" is not null;--> statement-breakpoint
CREATE INDEX "meeting_note_participants_org_id_user_id_idx" ON "meeting_note_participants" USING btree ("org_id","user_id");--> statement-breakpoint
CREATE INDEX "meeting_notes_org_id_met_at_idx" ON "meeting_notes" USING btree ("org_id","met_at");--> statement-breakpoint
CREATE INDEX "meeting_notes_org_id_customer_id_met_at_idx" ON "meeting_notes" USING btree ("org_id","customer_id","met_at");--> statement-breakpoint
CREATE INDEX "reminder_recipients_org_id_user_id_idx" ON "reminder_recipients" USING btree ("org_id","user_id") WHERE "reminder_recipients"."dismissed_at" is null;--> statement-breakpoint
CREATE INDEX "reminders_org_id_due_at_idx" ON "reminders" USING btree ("org_id","due_at");--> statement-breakpoint
CREATE INDEX "reminders_next_alert_at_idx" ON "reminders" USING btree ("next_alert_at") WHERE "reminders"."next_alert_at" is not null;--> statement-breakpoint
CREATE INDEX "work_items_org_id_created_at_id_idx" ON "work_items" USING btree ("org_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "work_items_org_id_due_at_idx" ON "work_items" USING btree ("org_id","due_at");--> statement-breakpoint
CREATE INDEX "work_items_org_id_assignee_id_due_at_idx" ON "work_items" USING btree ("org_id","assignee_id","due_at");--> statement-breakpoint
CREATE INDEX "work_items_org_id_customer_id_due_at_idx" ON "work_items" USING btree ("org_id","customer_id","due_at");--> statement-breakpoint
SELECT servio_secure_tenant_tables();
