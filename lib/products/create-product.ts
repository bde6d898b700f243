import "server-only";
import { products } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { createOnce } from "@/lib/idempotency/create-once";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertProductCodeFree } from "./internal";
import { createProductSchema } from "./schemas";

export async function createProduct(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "products.manage");
  const { idempotencyKey, ...fields } = parseInput(createProductSchema, input);
  // A concurrent insert of the same code meets the unique index: lib/db/unique-violations.ts maps it.
  return ctx.t.transaction((t) =>
    createOnce(ctx, t, "products.create", idempotencyKey, async () => {
      await assertProductCodeFree(t, fields.code);
      const [row] = await t.db.insert(products).values(t.values(fields)).returning({ id: products.id });
      return { id: row!.id };
    }),
  );
}
