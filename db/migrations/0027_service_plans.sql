CREATE TYPE "public"."plan_billing_method" AS ENUM('fixed', 'hourly', 'prepaid_hours');--> statement-breakpoint
CREATE TYPE "public"."plan_billing_period" AS ENUM('monthly', 'quarterly', 'yearly');--> statement-breakpoint
CREATE TYPE "public"."plan_ledger_kind" AS ENUM('grant', 'consumption', 'addition', 'extra_cost', 'adjustment', 'carry_in', 'expiry', 'overage');--> statement-breakpoint
CREATE TYPE "public"."plan_overtime_behaviour" AS ENUM('bill_overtime', 'allow_free', 'require_override');--> statement-breakpoint
CREATE TABLE "plan_ledger_entries" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"kind" "plan_ledger_kind" NOT NULL,
	"minutes" integer DEFAULT 0 NOT NULL,
	"raw_minutes" integer,
	"rounded_minutes" integer,
	"amount" numeric(12, 2),
	"record_id" uuid,
	"technician_id" uuid,
	"time_entry_id" uuid,
	"work_date" date,
	"reason" text,
	"actor_id" uuid,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "plan_ledger_entries_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_ledger_entries_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_periods" (
	"org_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"closed_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_periods_org_id_plan_id_starts_on_pk" PRIMARY KEY("org_id","plan_id","starts_on")
);
--> statement-breakpoint
CREATE TABLE "service_plans" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"contract_id" uuid,
	"title" text NOT NULL,
	"description" text,
	"billing_method" "plan_billing_method" NOT NULL,
	"billing_period" "plan_billing_period" NOT NULL,
	"first_period_start" date NOT NULL,
	"fixed_amount" numeric(12, 2),
	"included_minutes" integer DEFAULT 0 NOT NULL,
	"hourly_rate" numeric(12, 2),
	"overtime_rate" numeric(12, 2),
	"overtime_behaviour" "plan_overtime_behaviour" DEFAULT 'bill_overtime' NOT NULL,
	"weekly_max_minutes" integer,
	"rounding_minutes" integer DEFAULT 0 NOT NULL,
	"minimum_minutes" integer DEFAULT 0 NOT NULL,
	"service_type_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"carry_forward" boolean DEFAULT false NOT NULL,
	"carry_cap_minutes" integer,
	"carry_expiry_periods" integer,
	"tech_may_add_cost" boolean DEFAULT false NOT NULL,
	"tech_may_add_time" boolean DEFAULT false NOT NULL,
	"fixed_cost" numeric(12, 2),
	"difference_cost" numeric(12, 2),
	"archived_at" timestamp (3) with time zone,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_plans_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "service_plans_minutes_check" CHECK ("service_plans"."included_minutes" >= 0 and "service_plans"."rounding_minutes" >= 0 and "service_plans"."minimum_minutes" >= 0)
);
--> statement-breakpoint
ALTER TABLE "plan_ledger_entries" ADD CONSTRAINT "plan_ledger_entries_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_ledger_entries" ADD CONSTRAINT "plan_ledger_entries_technician_id_users_id_fk" FOREIGN KEY ("technician_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_ledger_entries" ADD CONSTRAINT "plan_ledger_entries_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_ledger_entries" ADD CONSTRAINT "plan_ledger_entries_org_id_plan_id_period_start_plan_periods_org_id_plan_id_starts_on_fk" FOREIGN KEY ("org_id","plan_id","period_start") REFERENCES "public"."plan_periods"("org_id","plan_id","starts_on") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_periods" ADD CONSTRAINT "plan_periods_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_periods" ADD CONSTRAINT "plan_periods_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_periods" ADD CONSTRAINT "plan_periods_org_id_plan_id_service_plans_org_id_id_fk" FOREIGN KEY ("org_id","plan_id") REFERENCES "public"."service_plans"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_plans" ADD CONSTRAINT "service_plans_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_plans" ADD CONSTRAINT "service_plans_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_plans" ADD CONSTRAINT "service_plans_org_id_customer_id_customers_org_id_id_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_plans" ADD CONSTRAINT "service_plans_org_id_contract_id_contracts_org_id_id_fk" FOREIGN KEY ("org_id","contract_id") REFERENCES "public"."contracts"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_ledger_entries_org_id_plan_id_period_start_idx" ON "plan_ledger_entries" USING btree ("org_id","plan_id","period_start","seq");--> statement-breakpoint
CREATE INDEX "plan_ledger_entries_org_id_record_id_idx" ON "plan_ledger_entries" USING btree ("org_id","record_id");--> statement-breakpoint
CREATE INDEX "service_plans_org_id_customer_id_idx" ON "service_plans" USING btree ("org_id","customer_id");--> statement-breakpoint
CREATE INDEX "service_plans_org_id_created_at_id_idx" ON "service_plans" USING btree ("org_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_org_id_service_plan_id_service_plans_org_id_id_fk" FOREIGN KEY ("org_id","service_plan_id") REFERENCES "public"."service_plans"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A closed (invoiced) period is immutable (issue 12 item 2): its row cannot change, and no ledger
-- row may be written into, changed in or removed from it; a later correction is an adjustment in
-- the open period. Deleting the plan or the org still cascades (inside a foreign-key trigger, depth > 1).
CREATE FUNCTION servio_plan_periods_closed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.closed_at IS NOT NULL AND (TG_OP = 'UPDATE' OR pg_trigger_depth() < 2) THEN
    RAISE EXCEPTION 'plan period % is closed', OLD.starts_on USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER plan_periods_closed BEFORE UPDATE OR DELETE ON "plan_periods"
  FOR EACH ROW EXECUTE FUNCTION servio_plan_periods_closed();--> statement-breakpoint
CREATE FUNCTION servio_plan_ledger_closed_period() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_org uuid;
  row_plan uuid;
  row_period date;
BEGIN
  IF TG_OP = 'DELETE' AND pg_trigger_depth() >= 2 THEN
    RETURN OLD;
  END IF;
  IF TG_OP = 'INSERT' THEN
    row_org := NEW.org_id; row_plan := NEW.plan_id; row_period := NEW.period_start;
  ELSE
    row_org := OLD.org_id; row_plan := OLD.plan_id; row_period := OLD.period_start;
  END IF;
  IF EXISTS (SELECT 1 FROM plan_periods p WHERE p.org_id = row_org AND p.plan_id = row_plan AND p.starts_on = row_period AND p.closed_at IS NOT NULL)
     OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM plan_periods p WHERE p.org_id = NEW.org_id AND p.plan_id = NEW.plan_id AND p.starts_on = NEW.period_start AND p.closed_at IS NOT NULL)) THEN
    RAISE EXCEPTION 'plan period % is closed', row_period USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER plan_ledger_entries_closed_period BEFORE INSERT OR UPDATE OR DELETE ON "plan_ledger_entries"
  FOR EACH ROW EXECUTE FUNCTION servio_plan_ledger_closed_period();--> statement-breakpoint
SELECT servio_secure_tenant_tables();
