"use client";

import type { ReactTable, Row, RowData, TableFeatures } from "@tanstack/react-table";
import type { HTMLAttributes } from "react";
import { type ListColumnMeta, renderCell, renderHeader } from "./cells";
import { RowLinks } from "./row-link";

/** The column's classes (`meta.className`), shared by its <th> and <td>s. */
function columnClass(column: { columnDef: { meta?: unknown } }) {
  // Every list declares its column meta as ListColumnMeta; a generic feature set cannot prove it.
  return (column.columnDef.meta as ListColumnMeta | undefined)?.className;
}

/**
 * A list's table (.data-table): plain headers, every cell of every row. `rowProps` adds what a
 * row needs beyond its cells (keyboard stops, click handlers), so the markup stays one place.
 * Cells are plain functions (see renderCell), and row links are rowLink() anchors handled by one
 * <RowLinks> around the table: no component per cell or per link.
 */
export function DataTable<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  label,
  describedBy,
  rowProps,
}: {
  table: ReactTable<TFeatures, TData>;
  label: string;
  describedBy?: string;
  rowProps?: (row: Row<TFeatures, TData>, index: number) => HTMLAttributes<HTMLTableRowElement>;
}) {
  return (
    <RowLinks>
      <div className="overflow-x-auto">
        <table aria-label={label} aria-describedby={describedBy} className="data-table">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col" className={columnClass(header.column)}>
                    {renderHeader(header)}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row, index) => (
              <tr key={row.id} {...rowProps?.(row, index)}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={columnClass(cell.column)}>
                    {renderCell(cell)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </RowLinks>
  );
}
