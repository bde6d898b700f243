CREATE TABLE "job_workers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"host" text NOT NULL,
	"pid" integer NOT NULL,
	"started_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"heartbeat_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "claimed_by" uuid;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "claimed_job_id" uuid;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_claimed_by_job_workers_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."job_workers"("id") ON DELETE set null ON UPDATE no action;