CREATE TYPE "public"."member_position" AS ENUM('director', 'manager_director', 'manager', 'employee');--> statement-breakpoint
CREATE TYPE "public"."position_scope" AS ENUM('all', 'department', 'responsible');--> statement-breakpoint
CREATE TABLE "member_profiles" (
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"position" "member_position",
	"department_id" uuid,
	"reports_to" uuid,
	"technician" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_profiles_org_id_user_id_pk" PRIMARY KEY("org_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "position_scopes" (
	"org_id" uuid NOT NULL,
	"position" "member_position" NOT NULL,
	"read_scope" "position_scope" NOT NULL,
	"write_scope" "position_scope" NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "position_scopes_org_id_position_pk" PRIMARY KEY("org_id","position")
);
--> statement-breakpoint
CREATE TABLE "customer_technicians" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_technicians_org_id_customer_id_user_id_pk" PRIMARY KEY("org_id","customer_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "member_profiles" ADD CONSTRAINT "member_profiles_org_id_user_id_memberships_org_id_user_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."memberships"("org_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_profiles" ADD CONSTRAINT "member_profiles_org_id_department_id_picklist_items_org_id_id_fk" FOREIGN KEY ("org_id","department_id") REFERENCES "public"."picklist_items"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_profiles" ADD CONSTRAINT "member_profiles_org_id_reports_to_memberships_org_id_user_id_fk" FOREIGN KEY ("org_id","reports_to") REFERENCES "public"."memberships"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_scopes" ADD CONSTRAINT "position_scopes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_technicians" ADD CONSTRAINT "customer_technicians_org_id_customer_id_customers_org_id_id_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_technicians" ADD CONSTRAINT "customer_technicians_org_id_user_id_memberships_org_id_user_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."memberships"("org_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_profiles_org_id_department_id_idx" ON "member_profiles" USING btree ("org_id","department_id");--> statement-breakpoint
CREATE INDEX "member_profiles_org_id_reports_to_idx" ON "member_profiles" USING btree ("org_id","reports_to");--> statement-breakpoint
CREATE INDEX "customer_technicians_org_id_user_id_idx" ON "customer_technicians" USING btree ("org_id","user_id","customer_id");