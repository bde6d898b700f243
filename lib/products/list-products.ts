import "server-only";
import { asc, isNull } from "drizzle-orm";
import { products } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";

const columns = { id: products.id, name: products.name, code: products.code, unit: products.unit, price: products.price };

/** The active catalogue, for the service form's subject picker: whoever may open a service record. */
export async function listProducts(ctx: OrgContext) {
  requirePermission(ctx, "serviceRecords.view");
  return ctx.t.db
    .select(columns)
    .from(products)
    .where(ctx.t.where(products, isNull(products.archivedAt)))
    .orderBy(asc(products.name), asc(products.id));
}

/** The catalogue for its settings page: archived entries are left out there too, like picklists. */
export async function listProductsForEditing(ctx: OrgContext) {
  requirePermission(ctx, "products.manage");
  return ctx.t.db
    .select(columns)
    .from(products)
    .where(ctx.t.where(products, isNull(products.archivedAt)))
    .orderBy(asc(products.name), asc(products.id));
}

export type ProductRow = Awaited<ReturnType<typeof listProducts>>[number];
