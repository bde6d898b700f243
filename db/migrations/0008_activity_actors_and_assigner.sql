CREATE TYPE "public"."activity_actor_kind" AS ENUM('member', 'portal_contact', 'token_holder', 'system');--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "actor_kind" "activity_actor_kind" DEFAULT 'member' NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "actor_label" text;--> statement-breakpoint
ALTER TABLE "service_assignments" ADD COLUMN "assigned_by_id" uuid;--> statement-breakpoint
ALTER TABLE "service_assignments" ADD CONSTRAINT "service_assignments_assigned_by_id_users_id_fk" FOREIGN KEY ("assigned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;