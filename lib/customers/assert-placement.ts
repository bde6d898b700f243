import "server-only";
import { eq } from "drizzle-orm";
import { customers, customerTree } from "@/db/schema";
import { CUSTOMER_TYPES } from "@/db/schema/enum-values";
import type { Tenant } from "@/lib/db/tenant";
import { ValidationError } from "@/lib/errors";

type Placement = { type: (typeof CUSTOMER_TYPES)[number]; parentId: string | null };

/** SPEC T7's ranks: a distributor above main dealers, above dealers, above end customers. */
const rank = (type: Placement["type"]) => CUSTOMER_TYPES.indexOf(type);

/**
 * Where a customer may sit in the partner hierarchy (SPEC T7). For everyone: never below itself or
 * its own sub-tree. For a partner's staff (scope `subtree`): only inside their company's sub-tree
 * (a new customer goes directly below the company unless a parent inside it is chosen), only of a
 * type below its parent's — a distributor's staff add main dealers, dealers and customers; a
 * dealer's, customers — and the company itself stays where it is. Field errors, nothing written.
 */
export async function assertPlacement(t: Tenant, placement: Placement, selfId?: string): Promise<Placement> {
  const scope = t.scope.write;
  const placed = scope.kind === "subtree" && !placement.parentId && selfId !== scope.rootId ? { ...placement, parentId: scope.rootId } : placement;
  const org = t.orgWide();
  if (selfId && placed.parentId) {
    const [inOwnTree] = await org.db
      .select({ depth: customerTree.depth })
      .from(customerTree)
      .where(org.where(customerTree, eq(customerTree.ancestorId, selfId), eq(customerTree.descendantId, placed.parentId)));
    if (inOwnTree) throw new ValidationError({ parentId: "parentInOwnTree" });
  }
  if (scope.kind !== "subtree") return placed;
  if (selfId === scope.rootId) {
    const [company] = await org.db
      .select({ type: customers.type, parentId: customers.parentId })
      .from(customers)
      .where(org.where(customers, eq(customers.id, selfId)));
    if (company && (company.type !== placed.type || company.parentId !== placed.parentId)) throw new ValidationError({ type: "partnerCompanyFixed" });
    return placed;
  }
  // The parent must be inside the company's sub-tree: read through the actor's own (subtree) scope.
  const [parent] = await t.db
    .select({ type: customers.type })
    .from(customers)
    .where(t.where(customers, eq(customers.id, placed.parentId!)));
  if (!parent) throw new ValidationError({ parentId: "invalid" });
  if (rank(placed.type) <= rank(parent.type)) throw new ValidationError({ type: "typeNotBelowParent" });
  return placed;
}
