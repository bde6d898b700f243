"use client";

import type { ReactTable } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import type { KeyboardEvent } from "react";
import { renderCell, renderHeader } from "@/components/lists/cells";
import { cn } from "@/components/ui/cn";
import type { ListColumn } from "@/lib/customers/list-params";
import type { Features, Row } from "./customer-columns";

/**
 * The customer table. Keyboard: one Tab stop for the whole table (roving tabindex on rows);
 * ↑/↓/Home/End move the selection, Enter opens the customer. Focusing or clicking a row selects it.
 */
export function CustomerTable({
  table,
  label,
  hintId,
  selectedId,
  onSelect,
  onHover,
  onOpen,
}: {
  table: ReactTable<Features, Row>;
  label: string;
  hintId: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
  onOpen: (id: string) => void;
}) {
  const t = useTranslations("customerList");
  const columnLabel = useTranslations("customerList.columns");
  const rows = table.getRowModel().rows;
  const tabStop = rows.some((r) => r.id === selectedId) ? selectedId : rows[0]?.id;

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, id: string) {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const row = event.currentTarget;
    let target: Element | null | undefined;
    if (event.key === "ArrowDown") target = row.nextElementSibling;
    else if (event.key === "ArrowUp") target = row.previousElementSibling;
    else if (event.key === "Home") target = row.parentElement?.firstElementChild;
    else if (event.key === "End") target = row.parentElement?.lastElementChild;
    else if (event.key === "Enter") {
      event.preventDefault();
      onOpen(id);
      return;
    } else return;
    event.preventDefault();
    if (target instanceof HTMLElement) target.focus();
  }

  return (
    <div className="overflow-x-auto">
      <table aria-label={label} aria-describedby={hintId} className="data-table">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const column = header.column;
                const sorted = column.getIsSorted();
                const SortIcon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ArrowUpDown;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    className={column.columnDef.meta?.className}
                  >
                    {column.getCanSort() ? (
                      <button
                        type="button"
                        onClick={column.getToggleSortingHandler()}
                        title={t("sortBy", { column: columnLabel(column.id as ListColumn) })}
                        className="-mx-1 inline-flex items-center gap-1 rounded px-1 uppercase hover:text-zinc-900 dark:hover:text-zinc-100"
                      >
                        {renderHeader(header)}
                        <SortIcon className={cn("size-3", !sorted && "opacity-40")} aria-hidden />
                      </button>
                    ) : (
                      renderHeader(header)
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.map((row) => {
            const selected = row.id === selectedId;
            return (
              <tr
                key={row.id}
                tabIndex={row.id === tabStop ? 0 : -1}
                aria-current={selected || undefined}
                onFocus={(event) => {
                  if (event.target === event.currentTarget) onSelect(row.id);
                }}
                onClick={(event) => {
                  // A click on the name link navigates; anywhere else in the row selects it.
                  if (!(event.target as Element).closest("a")) event.currentTarget.focus();
                }}
                onMouseEnter={() => onHover(row.id)}
                onMouseLeave={() => onHover(null)}
                onKeyDown={(event) => onKeyDown(event, row.id)}
                // Colours come from .data-table (solid, so the sticky name cell hides what scrolls beneath it).
                className="cursor-default focus-visible:-outline-offset-2"
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                    {renderCell(cell)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
