import "server-only";
import { eq, isNull } from "drizzle-orm";
import { products } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { productTargetSchema } from "./schemas";

/** Archived products leave the pickers; records naming them keep their subject. */
export async function archiveProduct(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "products.manage");
  const { id } = parseInput(productTargetSchema, input);
  const archived = await ctx.t.db
    .update(products)
    .set({ archivedAt: now() })
    .where(ctx.t.where(products, eq(products.id, id), isNull(products.archivedAt)))
    .returning({ id: products.id });
  if (!archived.length) throw new NotFoundError("product");
}
