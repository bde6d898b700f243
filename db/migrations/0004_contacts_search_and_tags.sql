CREATE TABLE "customer_tags" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"tag_id" uuid NOT NULL,
	CONSTRAINT "customer_tags_org_id_customer_id_tag_id_pk" PRIMARY KEY("org_id","customer_id","tag_id")
);
--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- One-time backfill of existing rows; close to lib/search/fold.ts (unaccent maps İ ı ș ț ă â î), and every later write goes through that function.
UPDATE "contacts" SET "search_text" = lower(unaccent(concat_ws(' ', "name", "title", "role", "email", "phone", regexp_replace(coalesce("phone", ''), '\D', '', 'g'))));--> statement-breakpoint
ALTER TABLE "customer_tags" ADD CONSTRAINT "customer_tags_org_id_customer_id_customers_org_id_id_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_tags" ADD CONSTRAINT "customer_tags_org_id_tag_id_picklist_items_org_id_id_fk" FOREIGN KEY ("org_id","tag_id") REFERENCES "public"."picklist_items"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_tags_org_id_tag_id_idx" ON "customer_tags" USING btree ("org_id","tag_id","customer_id");--> statement-breakpoint
CREATE INDEX "contacts_search_text_idx" ON "contacts" USING gin ("search_text" gin_trgm_ops);