import type { ProductRow } from "@/lib/products/list-products";

export type Option = { id: string; label: string };

/** The org's lists the service form picks from, loaded by the page. */
export type ServiceChoices = {
  types: Option[];
  priorities: Option[];
  products: Pick<ProductRow, "id" | "name" | "code">[];
  /** Assignable members; with a preselected customer its authorised technicians first, marked (T5). */
  members: (Option & { authorised?: boolean })[];
  /** The org's currency, for the fee. */
  currency: string;
};
