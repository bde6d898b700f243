"use client";

import type { ReactTable } from "@tanstack/react-table";
import type { KeyboardEvent } from "react";
import { DataTable } from "@/components/lists/data-table";
import type { Features, Row } from "./service-columns";

/**
 * The records table. Keyboard: one Tab stop for the whole table (roving tabindex on rows);
 * ↑/↓/Home/End move between rows, Enter opens the record.
 */
export function ServiceTable({
  table,
  label,
  hintId,
  onOpen,
}: {
  table: ReactTable<Features, Row>;
  label: string;
  hintId: string;
  onOpen: (id: string) => void;
}) {
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
    if (target instanceof HTMLElement) {
      for (const sibling of row.parentElement?.children ?? []) sibling.setAttribute("tabindex", "-1");
      target.setAttribute("tabindex", "0");
      target.focus();
    }
  }

  return (
    <DataTable
      table={table}
      label={label}
      describedBy={hintId}
      rowProps={(row, i) => ({
        tabIndex: i === 0 ? 0 : -1,
        onClick: (event) => {
          // A click on a link navigates; anywhere else in the row opens the record too.
          if (!(event.target as Element).closest("a")) onOpen(row.id);
        },
        onKeyDown: (event) => onKeyDown(event, row.id),
        className: "cursor-pointer focus-visible:-outline-offset-2",
      })}
    />
  );
}
