CREATE TYPE "public"."member_document_kind" AS ENUM('photo', 'id_copy', 'residence', 'health_report', 'criminal_record', 'diploma', 'other');--> statement-breakpoint
CREATE TABLE "member_documents" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "member_document_kind" NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "member_documents_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "member_profiles" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "member_profiles" ADD COLUMN "notes" text;--> statement-breakpoint
ALTER TABLE "member_documents" ADD CONSTRAINT "member_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_documents" ADD CONSTRAINT "member_documents_org_id_user_id_memberships_org_id_user_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."memberships"("org_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_documents_org_id_user_id_idx" ON "member_documents" USING btree ("org_id","user_id");--> statement-breakpoint
-- Row-level security for member_documents: the same forced org policy as every tenant table.
SELECT servio_secure_tenant_tables();
