-- Issue 11: orgs created before contracts get what new ones get (lib/orgs/seed-org-defaults.ts):
-- the contract_type picklist (SLA, OLA, maintenance, sales, order) and a default "Working hours"
-- calendar, Monday to Friday 09:00–18:00 in the org's zone, public holidays from the org's locale.
INSERT INTO "picklist_items" ("org_id", "list", "key", "labels", "position")
SELECT o."id", 'contract_type', v."key", v."labels"::jsonb, v."position"
FROM "orgs" o
CROSS JOIN (VALUES
  ('sla', '{"en":"SLA","tr":"SLA","ro":"SLA"}', 0),
  ('ola', '{"en":"OLA","tr":"OLA","ro":"OLA"}', 1),
  ('maintenance', '{"en":"Maintenance","tr":"Bakım","ro":"Mentenanță"}', 2),
  ('sales', '{"en":"Sales","tr":"Satış","ro":"Vânzare"}', 3),
  ('order', '{"en":"Order","tr":"Sipariş","ro":"Comandă"}', 4)
) AS v("key", "labels", "position")
ON CONFLICT ("org_id", "list", "key") DO NOTHING;
--> statement-breakpoint
INSERT INTO "business_calendars" ("org_id", "name", "time_zone", "week", "holidays", "country", "is_default")
SELECT o."id",
  CASE o."locale" WHEN 'tr' THEN 'Çalışma saatleri' WHEN 'ro' THEN 'Program de lucru' ELSE 'Working hours' END,
  o."time_zone",
  '{"mon":[{"start":"09:00","end":"18:00"}],"tue":[{"start":"09:00","end":"18:00"}],"wed":[{"start":"09:00","end":"18:00"}],"thu":[{"start":"09:00","end":"18:00"}],"fri":[{"start":"09:00","end":"18:00"}],"sat":[],"sun":[]}'::jsonb,
  '[]'::jsonb,
  CASE o."locale" WHEN 'tr' THEN 'TR' WHEN 'ro' THEN 'RO' ELSE NULL END,
  true
FROM "orgs" o
WHERE NOT EXISTS (SELECT 1 FROM "business_calendars" c WHERE c."org_id" = o."id");
