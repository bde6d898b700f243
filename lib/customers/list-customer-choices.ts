import "server-only";
import { eq, inArray, not } from "drizzle-orm";
import { memberships, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import type { Locale } from "@/lib/i18n/locales";
import { listMemberOptions } from "@/lib/members/list-member-options";
import { isWorkingMembership } from "@/lib/members/working-membership";
import { listPicklist } from "@/lib/picklists/list-picklist";
import { requirePermission } from "@/lib/permissions/require-permission";

type RepOption = { id: string; name: string; left?: true };

/**
 * What the customer forms need from the org: the reps, regions and tags its fields name by id
 * (labelled in `locale`), and the country phones without a +country code belong to. For an existing
 * customer, a rep of theirs who has left (SPEC T8) is added, marked `left`: not offered elsewhere,
 * but named on the page and kept by the edit form until someone hands the customer over.
 */
export async function listCustomerChoices(ctx: OrgContext, locale: Locale, customer?: { salesRepId: string | null; supportRepId: string | null }) {
  requirePermission(ctx, "customers.view");
  const held = [customer?.salesRepId, customer?.supportRepId].filter((id): id is string => !!id);
  const [working, regions, tags, leavers] = await Promise.all([
    listMemberOptions(ctx),
    listPicklist(ctx, "region", locale),
    listPicklist(ctx, "tag", locale),
    held.length
      ? ctx.t.db
          .select({ id: users.id, name: users.name })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(ctx.t.where(memberships, inArray(memberships.userId, held), not(isWorkingMembership())))
      : [],
  ]);
  const members: RepOption[] = [...working, ...leavers.map((m) => ({ ...m, left: true as const }))];
  return {
    members,
    regions: regions.map(({ id, label }) => ({ id, label })),
    tags: tags.map(({ id, label }) => ({ id, label })),
    phoneCountry: ctx.org.phoneCountry,
  };
}

export type CustomerChoices = Awaited<ReturnType<typeof listCustomerChoices>>;
