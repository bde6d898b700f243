CREATE TYPE "public"."employment_status" AS ENUM('working', 'dismissed', 'resigned');--> statement-breakpoint
ALTER TABLE "member_profiles" ADD COLUMN "employment_status" "employment_status" DEFAULT 'working' NOT NULL;--> statement-breakpoint
ALTER TABLE "member_profiles" ADD COLUMN "exit_date" date;--> statement-breakpoint
ALTER TABLE "member_profiles" ADD COLUMN "exit_reason" text;--> statement-breakpoint
-- A member who stops working leaves every member picker and their org switcher loses the org: the
-- same versions a membership change moves (migration reference_version_triggers), bumped in the
-- writer's transaction. Only the status moves them; a profile's other columns are not shown there.
CREATE TRIGGER member_profiles_bump_versions_on_insert AFTER INSERT ON member_profiles
  FOR EACH ROW WHEN (NEW.employment_status <> 'working')
  EXECUTE FUNCTION servio_bump_membership_versions();--> statement-breakpoint
CREATE TRIGGER member_profiles_bump_versions_on_delete AFTER DELETE ON member_profiles
  FOR EACH ROW WHEN (OLD.employment_status <> 'working')
  EXECUTE FUNCTION servio_bump_membership_versions();--> statement-breakpoint
CREATE TRIGGER member_profiles_bump_versions_on_status AFTER UPDATE OF employment_status ON member_profiles
  FOR EACH ROW WHEN (OLD.employment_status IS DISTINCT FROM NEW.employment_status)
  EXECUTE FUNCTION servio_bump_membership_versions();
