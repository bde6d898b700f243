import "server-only";
import { eq } from "drizzle-orm";
import { products } from "@/db/schema";
import type { ServiceSubjectKind } from "@/db/schema/enum-values";
import type { Tenant } from "@/lib/db/tenant";
import { NotFoundError, ValidationError } from "@/lib/errors";

export async function getProductInOrgOrThrow(t: Tenant, id: string) {
  const [row] = await t.db
    .select()
    .from(products)
    .where(t.where(products, eq(products.id, id)));
  if (!row) throw new NotFoundError("product");
  return row;
}

/** Codes stay unique per org, archived products included (the unique index says so too). */
export async function assertProductCodeFree(t: Tenant, code: string | null, selfId?: string) {
  if (!code) return;
  const [other] = await t.db
    .select({ id: products.id })
    .from(products)
    .where(t.where(products, eq(products.code, code)));
  if (other && other.id !== selfId) throw new ValidationError({ code: "codeTaken" });
}

/**
 * The subject a record stores when it names a product: the product's name at the time, so the
 * record reads the same after the catalogue entry is renamed or archived. Null for free text.
 */
export async function productSubject(t: Tenant, fields: { subjectKind: ServiceSubjectKind; productId: string | null }) {
  if (fields.subjectKind !== "product" || !fields.productId) return null;
  const [row] = await t.db
    .select({ name: products.name })
    .from(products)
    .where(t.where(products, eq(products.id, fields.productId)));
  return row?.name ?? null;
}
