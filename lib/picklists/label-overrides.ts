import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { picklistItems, type PicklistLabels } from "@/db/schema";
import { dropReferenceScope, frozenRows, readThrough } from "@/lib/cache/reference-cache";
import type { OrgContext } from "@/lib/context";
import { CUSTOMER_TYPES, LIFECYCLE_STATUSES } from "@/lib/customers/schemas";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { labelOverrideSchema } from "./schemas";

/**
 * Lists whose keys are fixed by the product (they drive behaviour) but whose labels an org may
 * rename (SPEC G1): each maps to the catalogue namespace that holds the default labels.
 */
export const LABELLED_LISTS = {
  customer_type: { keys: CUSTOMER_TYPES, namespace: "customerTypes" },
  lifecycle_status: { keys: LIFECYCLE_STATUSES, namespace: "lifecycle" },
} as const;
export type LabelledList = keyof typeof LABELLED_LISTS;
const LISTS = Object.keys(LABELLED_LISTS) as LabelledList[];

async function overrideRows(ctx: OrgContext) {
  return ctx.t.db
    .select({ list: picklistItems.list, key: picklistItems.key, labels: picklistItems.labels })
    .from(picklistItems)
    .where(ctx.t.where(picklistItems, inArray(picklistItems.list, LISTS)));
}

/** The override rows as of the context's reference version, cached per instance (every request reads them). */
function cachedOverrideRows(ctx: OrgContext) {
  return readThrough({ kind: "org", id: ctx.org.id }, "labelOverrides", ctx.refVersion, async () => frozenRows(await overrideRows(ctx)));
}

/**
 * The catalogue in `locale` with the org's own labels for customer types and lifecycle statuses.
 * Everything that names those values — pages, client components, CSV export — reads this, so a
 * renamed label shows the same everywhere.
 */
export async function messagesForOrg(ctx: OrgContext, locale: Locale): Promise<Messages> {
  requirePermission(ctx, "customers.view");
  const messages = messagesFor(locale);
  const rows = await cachedOverrideRows(ctx);
  if (!rows.length) return messages;
  const merged = { ...messages, customerTypes: { ...messages.customerTypes }, lifecycle: { ...messages.lifecycle } };
  for (const row of rows) {
    const label = row.labels[locale];
    if (!label) continue;
    const namespace = merged[LABELLED_LISTS[row.list as LabelledList].namespace] as Record<string, string>;
    if (row.key in namespace) namespace[row.key] = label;
  }
  return merged;
}

/** For the settings page: each fixed key with the org's labels and the product's defaults (read fresh: it edits them). */
export async function listLabelOverrides(ctx: OrgContext, list: LabelledList) {
  requirePermission(ctx, "picklists.manage");
  const rows = (await overrideRows(ctx)).filter((r) => r.list === list);
  const { keys, namespace } = LABELLED_LISTS[list];
  return keys.map((key) => ({
    key,
    labels: rows.find((r) => r.key === key)?.labels ?? {},
    defaults: {
      en: messagesFor("en")[namespace][key as never],
      tr: messagesFor("tr")[namespace][key as never],
      ro: messagesFor("ro")[namespace][key as never],
    } as Record<Locale, string>,
  }));
}

/** Sets an org's labels for one fixed key; a blank label falls back to the product's default. */
export async function setLabelOverride(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "picklists.manage");
  const { list, key, labels } = parseInput(labelOverrideSchema, input);
  if (!(LABELLED_LISTS[list].keys as readonly string[]).includes(key)) throw new NotFoundError("picklistItem");
  const kept: PicklistLabels = Object.fromEntries(Object.entries(labels).filter(([, v]) => v));
  if (!Object.keys(kept).length) {
    await ctx.t.db.delete(picklistItems).where(ctx.t.where(picklistItems, and(eq(picklistItems.list, list), eq(picklistItems.key, key))));
  } else {
    await ctx.t.db
      .insert(picklistItems)
      .values(ctx.t.values({ list, key, labels: kept }))
      .onConflictDoUpdate({ target: [picklistItems.orgId, picklistItems.list, picklistItems.key], set: { labels: kept } });
  }
  // The trigger bumped the org's version for every instance; this one also forgets at once.
  dropReferenceScope({ kind: "org", id: ctx.org.id });
}
