import "server-only";
import type { OrgContext } from "@/lib/context";
import type { Locale } from "@/lib/i18n/locales";
import { listMemberOptions } from "@/lib/members/list-member-options";
import { listPicklist } from "@/lib/picklists/list-picklist";

/** The org's choices a customer's fields name by id: reps, regions and tags, labelled in `locale`. */
export async function listCustomerChoices(ctx: OrgContext, locale: Locale) {
  const [members, regions, tags] = await Promise.all([
    listMemberOptions(ctx),
    listPicklist(ctx, "region", locale),
    listPicklist(ctx, "tag", locale),
  ]);
  return {
    members,
    regions: regions.map(({ id, label }) => ({ id, label })),
    tags: tags.map(({ id, label }) => ({ id, label })),
  };
}

export type CustomerChoices = Awaited<ReturnType<typeof listCustomerChoices>>;
