import "server-only";
import { z } from "zod";
import type { OrgContext } from "@/lib/context";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { listPicklist } from "@/lib/picklists/list-picklist";
import { parseInput } from "@/lib/validation";
import { selectCustomerPage } from "./list-customers";
import { parseCustomerQuery } from "./list-params";

/** Options a picker shows at once; one more so a picker that hides one customer still fills its list. */
export const OPTIONS_SHOWN = 8;

const searchSchema = z.object({ q: z.string().max(200).optional() });

/**
 * Customers for a picker: the list's own search and order (name, then id), each with what tells
 * same-named companies apart — the account code and the region, labelled in `locale`. No count:
 * a picker never shows one.
 */
export async function searchCustomerOptions(ctx: OrgContext, input: unknown, locale: Locale) {
  requirePermission(ctx, "customers.view");
  const { q } = parseInput(searchSchema, input);
  const [page, regions] = await Promise.all([
    selectCustomerPage(ctx, parseCustomerQuery({ q }), null, OPTIONS_SHOWN + 1),
    listPicklist(ctx, "region", locale),
  ]);
  const regionLabels = new Map(regions.map((r) => [r.id, r.label]));
  return page.rows.map((r) => ({
    id: r.id,
    name: r.name,
    accountCode: r.accountCode,
    region: r.regionId ? (regionLabels.get(r.regionId) ?? null) : null,
  }));
}

export type CustomerOptionRow = Awaited<ReturnType<typeof searchCustomerOptions>>[number];
