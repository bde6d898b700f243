ALTER TABLE "orgs" ADD COLUMN "phone_country" text;--> statement-breakpoint
-- Existing orgs get the default a new org would get (lib/orgs/phone-country.ts defaultPhoneCountry):
-- their language, else their currency; every other org must type numbers with their +country code.
UPDATE "orgs" SET "phone_country" = CASE
	WHEN "locale" = 'ro' THEN 'RO'
	WHEN "locale" = 'tr' THEN 'TR'
	WHEN "currency" = 'RON' THEN 'RO'
	WHEN "currency" = 'TRY' THEN 'TR'
END;
