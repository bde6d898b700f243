import "server-only";
import { like } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, orgs } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { defaultPhoneCountry } from "./phone-country";
import { seedOrgDefaults } from "./seed-org-defaults";
import { RESERVED_SLUGS, slugFromName } from "./slug";

async function uniqueSlug(tx: Tx, name: string) {
  const base = slugFromName(name);
  const taken = new Set(
    (
      await tx
        .select({ slug: orgs.slug })
        .from(orgs)
        .where(like(orgs.slug, `${base}%`))
    ).map((r) => r.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug) || RESERVED_SLUGS.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

const CURRENCY_BY_LOCALE: Record<Locale, string> = { en: "EUR", tr: "TRY", ro: "RON" };
const ZONE_BY_LOCALE: Record<Locale, string> = { en: "Europe/Istanbul", tr: "Europe/Istanbul", ro: "Europe/Bucharest" };

/** Creates an org with the user as its first admin (always Manage), inside the caller's transaction. */
export async function createOrgWithAdmin(tx: Tx, input: { userId: string; name: string; locale: Locale }) {
  const [org] = await tx
    .insert(orgs)
    .values({
      name: input.name,
      slug: await uniqueSlug(tx, input.name),
      locale: input.locale,
      currency: CURRENCY_BY_LOCALE[input.locale],
      timeZone: ZONE_BY_LOCALE[input.locale],
      phoneCountry: defaultPhoneCountry({ locale: input.locale, currency: CURRENCY_BY_LOCALE[input.locale] }),
    })
    .returning({ id: orgs.id, slug: orgs.slug });
  await seedOrgDefaults(tx, { id: org!.id, locale: input.locale, timeZone: ZONE_BY_LOCALE[input.locale] });
  await tx.insert(memberships).values({ orgId: org!.id, userId: input.userId, role: "admin", level: "manage" });
  return org!;
}
