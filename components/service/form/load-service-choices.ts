import "server-only";
import type { OrgContext } from "@/lib/context";
import type { Locale } from "@/lib/i18n/locales";
import { listPicklist } from "@/lib/picklists/list-picklist";
import { listProducts } from "@/lib/products/list-products";
import { listAssigneeOptions } from "@/lib/service/list-assignee-options";
import type { ServiceChoices } from "./options";

/** The org's lists the service form picks from, labelled in `locale`; `customerId`: the preselected customer. */
export async function loadServiceChoices(ctx: OrgContext, locale: Locale, options: { customerId?: string | null } = {}): Promise<ServiceChoices> {
  const [types, priorities, products, members] = await Promise.all([
    listPicklist(ctx, "service_type", locale),
    listPicklist(ctx, "priority", locale),
    listProducts(ctx),
    listAssigneeOptions(ctx, options),
  ]);
  return {
    types: types.map(({ id, label }) => ({ id, label })),
    priorities: priorities.map(({ id, label }) => ({ id, label })),
    products: products.map(({ id, name, code }) => ({ id, name, code })),
    members: members.map((m) => ({ id: m.id, label: m.name, authorised: m.authorised })),
    currency: ctx.org.currency,
  };
}
