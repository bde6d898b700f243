import "server-only";
import { products } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { ValidationError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertProductCodeFree, isCodeConflict } from "./internal";
import { createProductSchema } from "./schemas";

export async function createProduct(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "products.manage");
  const fields = parseInput(createProductSchema, input);
  try {
    return await ctx.t.transaction(async (t) => {
      await assertProductCodeFree(t, fields.code);
      const [row] = await t.db.insert(products).values(t.values(fields)).returning({ id: products.id });
      return { id: row!.id };
    });
  } catch (error) {
    if (isCodeConflict(error)) throw new ValidationError({ code: "codeTaken" });
    throw error;
  }
}
