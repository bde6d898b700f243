CREATE TABLE "customer_tree" (
	"org_id" uuid NOT NULL,
	"ancestor_id" uuid NOT NULL,
	"descendant_id" uuid NOT NULL,
	"depth" integer NOT NULL,
	CONSTRAINT "customer_tree_org_id_ancestor_id_descendant_id_pk" PRIMARY KEY("org_id","ancestor_id","descendant_id")
);
--> statement-breakpoint
ALTER TABLE "member_profiles" ADD COLUMN "partner_customer_id" uuid;--> statement-breakpoint
ALTER TABLE "customer_tree" ADD CONSTRAINT "customer_tree_org_id_ancestor_id_customers_org_id_id_fk" FOREIGN KEY ("org_id","ancestor_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_tree" ADD CONSTRAINT "customer_tree_org_id_descendant_id_customers_org_id_id_fk" FOREIGN KEY ("org_id","descendant_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_tree_org_id_descendant_id_idx" ON "customer_tree" USING btree ("org_id","descendant_id");--> statement-breakpoint
ALTER TABLE "member_profiles" ADD CONSTRAINT "member_profiles_org_id_partner_customer_id_customers_org_id_id_fk" FOREIGN KEY ("org_id","partner_customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE no action ON UPDATE no action;