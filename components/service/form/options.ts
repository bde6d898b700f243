import type { ProductRow } from "@/lib/products/list-products";

export type Option = { id: string; label: string };

/** The org's lists the service form picks from, loaded by the page. */
export type ServiceChoices = {
  types: Option[];
  priorities: Option[];
  products: Pick<ProductRow, "id" | "name" | "code">[];
  members: Option[];
  /** The org's currency, for the fee. */
  currency: string;
};
