import "server-only";
import { eq, isNull } from "drizzle-orm";
import { products } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertProductCodeFree } from "./internal";
import { updateProductSchema } from "./schemas";

/** Records that already name the product keep the name they stored (see productSubject). */
export async function updateProduct(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "products.manage");
  const { id, ...fields } = parseInput(updateProductSchema, input);
  // A concurrent write of the same code meets the unique index: lib/db/unique-violations.ts maps it.
  return ctx.t.transaction(async (t) => {
    await assertProductCodeFree(t, fields.code, id);
    const updated = await t.db
      .update(products)
      .set(fields)
      .where(t.where(products, eq(products.id, id), isNull(products.archivedAt)))
      .returning({ id: products.id });
    if (!updated.length) throw new NotFoundError("product");
    return { id };
  });
}
