"use client";

import type { Cell, CellContext, Header, RowData, TableFeatures } from "@tanstack/react-table";
import type { ReactNode } from "react";

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
export function textCell<TFeatures extends TableFeatures, TData extends RowData>({ getValue }: CellContext<TFeatures, TData, string | null>) {
  return getValue() || DASH;
}

// Cells and headers of every list are plain functions of their context, called while the table
// renders: no component and no hook per cell (a list of 50 rows × 9 columns made 900 component
// instances and 450 translator look-ups). Whatever needs a hook — translations, the formatter —
// the list computes once and passes in the table meta. Cell functions are camelCase, so the
// rules-of-hooks lint refuses a hook inside one.

function render(def: unknown, context: unknown): ReactNode {
  return typeof def === "function" ? (def as (props: unknown) => ReactNode)(context) : (def as ReactNode);
}

/** The cell's markup, or its value when the column has no cell function. */
export function renderCell<TFeatures extends TableFeatures, TData extends RowData>(cell: Cell<TFeatures, TData, unknown>): ReactNode {
  const def = cell.column.columnDef.cell;
  return def === undefined ? (cell.renderValue() as ReactNode) : render(def, cell.getContext());
}

/** The header's markup. */
export function renderHeader<TFeatures extends TableFeatures, TData extends RowData>(header: Header<TFeatures, TData, unknown>): ReactNode {
  return render(header.column.columnDef.header, header.getContext());
}
