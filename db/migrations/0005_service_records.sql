CREATE TYPE "public"."assignment_response" AS ENUM('pending', 'accepted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."service_message_kind" AS ENUM('internal', 'email_in', 'email_out', 'system');--> statement-breakpoint
CREATE TYPE "public"."service_status" AS ENUM('new', 'assigned', 'in_progress', 'completed', 'approved', 'closed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."service_subject_kind" AS ENUM('text', 'product');--> statement-breakpoint
CREATE TYPE "public"."time_entry_source" AS ENUM('timer', 'manual');--> statement-breakpoint
CREATE TABLE "approval_tokens" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"email" text NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"used_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "approval_tokens_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "inbound_emails" (
	"message_id" text PRIMARY KEY NOT NULL,
	"org_id" uuid,
	"record_id" uuid,
	"received_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"code" text,
	"unit" text,
	"price" numeric(12, 2),
	"archived_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "public_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_assignments" (
	"org_id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"response" "assignment_response" DEFAULT 'pending' NOT NULL,
	"responded_at" timestamp (3) with time zone,
	"token_hash" text NOT NULL,
	"check_in_at" timestamp (3) with time zone,
	"check_out_at" timestamp (3) with time zone,
	"assigned_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_assignments_org_id_record_id_user_id_pk" PRIMARY KEY("org_id","record_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "service_attachments" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"message_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_attachments_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "service_messages" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"kind" "service_message_kind" NOT NULL,
	"author_id" uuid,
	"from_email" text,
	"body" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_messages_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "service_records" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"number" integer NOT NULL,
	"customer_id" uuid,
	"contact_id" uuid,
	"service_type_id" uuid,
	"priority_id" uuid,
	"request_date" date NOT NULL,
	"subject_kind" "service_subject_kind" DEFAULT 'text' NOT NULL,
	"subject" text NOT NULL,
	"product_id" uuid,
	"description" text,
	"planned_start" timestamp (3) with time zone,
	"planned_end" timestamp (3) with time zone,
	"status" "service_status" DEFAULT 'new' NOT NULL,
	"actual_start" timestamp (3) with time zone,
	"actual_end" timestamp (3) with time zone,
	"fee" numeric(12, 2),
	"result" text,
	"internal_note" text,
	"report_email" text,
	"completed_at" timestamp (3) with time zone,
	"approved_at" timestamp (3) with time zone,
	"approval_score" smallint,
	"approval_comment" text,
	"closed_at" timestamp (3) with time zone,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_records_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "time_entries" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL,
	"stopped_at" timestamp (3) with time zone,
	"source" time_entry_source DEFAULT 'timer' NOT NULL,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "time_entries_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "reply_to" text;--> statement-breakpoint
ALTER TABLE "approval_tokens" ADD CONSTRAINT "approval_tokens_org_id_record_id_service_records_org_id_id_fk" FOREIGN KEY ("org_id","record_id") REFERENCES "public"."service_records"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_emails" ADD CONSTRAINT "inbound_emails_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_assignments" ADD CONSTRAINT "service_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_assignments" ADD CONSTRAINT "service_assignments_org_id_record_id_service_records_org_id_id_fk" FOREIGN KEY ("org_id","record_id") REFERENCES "public"."service_records"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_attachments" ADD CONSTRAINT "service_attachments_org_id_message_id_service_messages_org_id_id_fk" FOREIGN KEY ("org_id","message_id") REFERENCES "public"."service_messages"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_messages" ADD CONSTRAINT "service_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_messages" ADD CONSTRAINT "service_messages_org_id_record_id_service_records_org_id_id_fk" FOREIGN KEY ("org_id","record_id") REFERENCES "public"."service_records"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_org_id_customer_id_customers_org_id_id_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_org_id_contact_id_contacts_org_id_id_fk" FOREIGN KEY ("org_id","contact_id") REFERENCES "public"."contacts"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_org_id_service_type_id_picklist_items_org_id_id_fk" FOREIGN KEY ("org_id","service_type_id") REFERENCES "public"."picklist_items"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_org_id_priority_id_picklist_items_org_id_id_fk" FOREIGN KEY ("org_id","priority_id") REFERENCES "public"."picklist_items"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_org_id_product_id_products_org_id_id_fk" FOREIGN KEY ("org_id","product_id") REFERENCES "public"."products"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_org_id_record_id_service_records_org_id_id_fk" FOREIGN KEY ("org_id","record_id") REFERENCES "public"."service_records"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "approval_tokens_token_hash_idx" ON "approval_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "products_org_id_code_idx" ON "products" USING btree ("org_id","code");--> statement-breakpoint
CREATE INDEX "products_org_id_name_idx" ON "products" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "public_attempts_key_created_at_idx" ON "public_attempts" USING btree ("key","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "service_assignments_token_hash_idx" ON "service_assignments" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "service_assignments_org_id_user_id_idx" ON "service_assignments" USING btree ("org_id","user_id");--> statement-breakpoint
CREATE INDEX "service_attachments_org_id_message_id_idx" ON "service_attachments" USING btree ("org_id","message_id");--> statement-breakpoint
CREATE INDEX "service_messages_org_id_record_id_created_at_idx" ON "service_messages" USING btree ("org_id","record_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "service_records_org_id_number_idx" ON "service_records" USING btree ("org_id","number");--> statement-breakpoint
CREATE INDEX "service_records_org_id_created_at_id_idx" ON "service_records" USING btree ("org_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "service_records_org_id_customer_id_request_date_idx" ON "service_records" USING btree ("org_id","customer_id","request_date");--> statement-breakpoint
CREATE INDEX "service_records_org_id_status_idx" ON "service_records" USING btree ("org_id","status","approved_at");--> statement-breakpoint
CREATE INDEX "time_entries_org_id_record_id_idx" ON "time_entries" USING btree ("org_id","record_id","started_at");--> statement-breakpoint
CREATE INDEX "time_entries_org_id_user_id_started_at_idx" ON "time_entries" USING btree ("org_id","user_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "time_entries_one_running_idx" ON "time_entries" USING btree ("org_id","user_id") WHERE "time_entries"."stopped_at" is null;