ALTER TABLE "users" ADD COLUMN "orgs_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orgs" ADD COLUMN "ref_version" integer DEFAULT 0 NOT NULL;