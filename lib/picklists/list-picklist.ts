import "server-only";
import { asc, eq, isNull } from "drizzle-orm";
import { picklistItems } from "@/db/schema";
import { frozenRows, readThrough } from "@/lib/cache/reference-cache";
import type { OrgContext } from "@/lib/context";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";

import type { PicklistName } from "./schemas";

export type { PicklistName };

/**
 * Active items of an org's list with the label in the viewer's language (falling back to any).
 * The rows are cached per instance under the org's reference version (lib/cache/reference-cache.ts);
 * the guard and the choice of label run on every call.
 */
export async function listPicklist(ctx: OrgContext, list: PicklistName, locale: Locale) {
  requirePermission(ctx, "customers.view");
  const rows = await readThrough({ kind: "org", id: ctx.org.id }, `picklist:${list}`, ctx.refVersion, async () =>
    frozenRows(
      await ctx.t.db
        .select({ id: picklistItems.id, key: picklistItems.key, labels: picklistItems.labels })
        .from(picklistItems)
        .where(ctx.t.where(picklistItems, eq(picklistItems.list, list), isNull(picklistItems.archivedAt)))
        .orderBy(asc(picklistItems.position), asc(picklistItems.key)),
    ),
  );
  return rows.map((r) => ({ id: r.id, key: r.key, label: r.labels[locale] ?? r.labels.en ?? Object.values(r.labels)[0] ?? r.key }));
}
