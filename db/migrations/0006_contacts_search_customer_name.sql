-- Contacts are now also found by their company's name. One-time backfill of existing rows, close to
-- lib/search/fold.ts (unaccent maps İ ı ș ț ă â î); every later write goes through refreshCustomerSearch.
UPDATE "contacts" AS c SET "search_text" = lower(unaccent(concat_ws(' ', c."name", c."title", c."role", c."email", c."phone", regexp_replace(coalesce(c."phone", ''), '\D', '', 'g'), cu."name")))
FROM "customers" AS cu
WHERE cu."org_id" = c."org_id" AND cu."id" = c."customer_id";
