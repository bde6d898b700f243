"use client";

import type { CellContext, RowData, TableFeatures } from "@tanstack/react-table";

/** Column meta of every list: classes for the column's <th> and <td>s. */
export type ListColumnMeta = {
  /** Narrow containers (phones) hide the less important columns through these. */
  className?: string;
};

/** Columns that only show from the @xl container width (36rem) up. */
export const WIDE = "hidden @xl:table-cell";

/** An empty cell. */
export const DASH = <span className="text-zinc-400">—</span>;

/** A plain text value, or the dash when there is none. */
export function TextCell<TFeatures extends TableFeatures, TData extends RowData>({
  getValue,
}: CellContext<TFeatures, TData, string | null>) {
  return getValue() || DASH;
}
