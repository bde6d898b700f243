-- Version bumps for the per-instance reference-data cache (lib/cache/reference-cache.ts).
-- Triggers rather than a helper each verb must call: they run in the writer's own transaction and
-- cannot be forgotten — not by a new verb, the seeds, test factories, a cascade from a deleted user
-- or org, or a hand-written fix in psql. A missed bump would be a stale cache on every instance.
-- orgs.ref_version: the org's picklists, label overrides, members (names, roles, levels), name.
-- users.orgs_version: the user's memberships and their orgs' names and slugs (the org switcher).
CREATE FUNCTION servio_bump_org_ref_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE orgs SET ref_version = ref_version + 1 WHERE id = COALESCE(NEW.org_id, OLD.org_id);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER picklist_items_bump_ref_version AFTER INSERT OR UPDATE OR DELETE ON picklist_items
  FOR EACH ROW EXECUTE FUNCTION servio_bump_org_ref_version();--> statement-breakpoint
CREATE FUNCTION servio_bump_membership_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE orgs SET ref_version = ref_version + 1 WHERE id = COALESCE(NEW.org_id, OLD.org_id);
  UPDATE users SET orgs_version = orgs_version + 1 WHERE id = COALESCE(NEW.user_id, OLD.user_id);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER memberships_bump_versions AFTER INSERT OR DELETE ON memberships
  FOR EACH ROW EXECUTE FUNCTION servio_bump_membership_versions();--> statement-breakpoint
CREATE TRIGGER memberships_bump_versions_on_update AFTER UPDATE ON memberships
  FOR EACH ROW WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD.level IS DISTINCT FROM NEW.level)
  EXECUTE FUNCTION servio_bump_membership_versions();--> statement-breakpoint
-- Member pickers show names: a renamed user bumps every org they belong to.
CREATE FUNCTION servio_bump_orgs_of_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE orgs SET ref_version = ref_version + 1 WHERE id IN (SELECT org_id FROM memberships WHERE user_id = NEW.id);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER users_bump_org_ref_versions AFTER UPDATE OF name ON users
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION servio_bump_orgs_of_user();--> statement-breakpoint
-- A renamed org (or new slug) changes every member's org switcher and, to be safe, its own version.
-- BEFORE for the org's own row (no second UPDATE of it); this trigger's WHEN ignores ref_version,
-- so the bumps above never re-enter it.
CREATE FUNCTION servio_bump_renamed_org() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.ref_version := OLD.ref_version + 1;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER orgs_bump_ref_version_on_rename BEFORE UPDATE ON orgs
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.slug IS DISTINCT FROM NEW.slug)
  EXECUTE FUNCTION servio_bump_renamed_org();--> statement-breakpoint
CREATE FUNCTION servio_bump_members_of_org() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users SET orgs_version = orgs_version + 1 WHERE id IN (SELECT user_id FROM memberships WHERE org_id = NEW.id);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER orgs_bump_members_on_rename AFTER UPDATE ON orgs
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.slug IS DISTINCT FROM NEW.slug)
  EXECUTE FUNCTION servio_bump_members_of_org();
