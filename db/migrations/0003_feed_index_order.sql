DROP INDEX "activities_org_id_created_at_id_idx";--> statement-breakpoint
DROP INDEX "activities_org_id_customer_id_created_at_id_idx";--> statement-breakpoint
CREATE INDEX "activities_org_id_created_at_id_idx" ON "activities" USING btree ("org_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "activities_org_id_customer_id_created_at_id_idx" ON "activities" USING btree ("org_id","customer_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);