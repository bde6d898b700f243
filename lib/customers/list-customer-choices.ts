import "server-only";
import type { OrgContext } from "@/lib/context";
import type { Locale } from "@/lib/i18n/locales";
import { listMemberOptions } from "@/lib/members/list-member-options";
import { listPicklist } from "@/lib/picklists/list-picklist";
import { requirePermission } from "@/lib/permissions/require-permission";

/**
 * What the customer forms need from the org: the reps, regions and tags its fields name by id
 * (labelled in `locale`), and the country phones without a +country code belong to.
 */
export async function listCustomerChoices(ctx: OrgContext, locale: Locale) {
  requirePermission(ctx, "customers.view");
  const [members, regions, tags] = await Promise.all([listMemberOptions(ctx), listPicklist(ctx, "region", locale), listPicklist(ctx, "tag", locale)]);
  return {
    members,
    regions: regions.map(({ id, label }) => ({ id, label })),
    tags: tags.map(({ id, label }) => ({ id, label })),
    phoneCountry: ctx.org.phoneCountry,
  };
}

export type CustomerChoices = Awaited<ReturnType<typeof listCustomerChoices>>;
