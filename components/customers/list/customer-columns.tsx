"use client";

import {
  type CellContext,
  type CellData,
  columnVisibilityFeature,
  createColumnHelper,
  type HeaderContext,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";
import type { useFormatter, useTranslations } from "next-intl";
import { DASH, type ListColumnMeta, textCell, WIDE } from "@/components/lists/cells";
import { rowLink } from "@/components/lists/row-link-props";
import { Badge } from "@/components/ui/card";
import type { CustomerListRow } from "@/lib/customers/list-customers";
import type { ListColumn } from "@/lib/customers/list-params";

export type Row = CustomerListRow;

/** What the cells need from hooks, resolved once per list render (cells are plain functions). */
export type CustomerCellText = {
  column: ReturnType<typeof useTranslations<"customerList.columns">>;
  type: ReturnType<typeof useTranslations<"customerTypes">>;
  status: ReturnType<typeof useTranslations<"lifecycle">>;
  format: ReturnType<typeof useFormatter>;
};

type TableMeta = {
  orgSlug: string;
  regionLabels: Readonly<Record<string, string>>;
  tagLabels: Readonly<Record<string, string>>;
  text: CustomerCellText;
};

/** Sorting and paging are the server's; the table only keeps their state and the visible columns. */
export const features = tableFeatures({
  columnVisibilityFeature,
  rowSortingFeature,
  columnMeta: metaHelper<ListColumnMeta>(),
  tableMeta: metaHelper<TableMeta>(),
});
export type Features = typeof features;

const helper = createColumnHelper<Features, Row>();

// The list always passes its meta (customer-list.tsx); a cell without it is a programming error.
const metaOf = (table: { options: { meta?: TableMeta } }) => table.options.meta!;

// Below the @xl container width (36rem, WIDE) only name, status and phone remain; the name cell
// then shows type and phone beneath the name so nothing essential is lost on a phone.

function headerLabel<V extends CellData>({ column, table }: HeaderContext<Features, Row, V>) {
  return metaOf(table).text.column(column.id as ListColumn);
}

function nameCell({ row, table }: CellContext<Features, Row, string>) {
  const { orgSlug, text } = metaOf(table);
  const customer = row.original;
  return (
    <div className="max-w-48 @3xl:max-w-72">
      <a
        title={customer.name}
        {...rowLink(`/${orgSlug}/customers/${customer.id}`)}
        // The row itself is the keyboard stop (Enter opens it); a second stop per row would double Tab presses.
        tabIndex={-1}
        className="cell-link"
      >
        {customer.name}
      </a>
      <div className="cell-sub @xl:hidden">
        {text.type(customer.type)}
        {customer.phoneLabel && <span className="@md:hidden"> · {customer.phoneLabel}</span>}
      </div>
    </div>
  );
}

function typeCell({ getValue, table }: CellContext<Features, Row, Row["type"]>) {
  return metaOf(table).text.type(getValue());
}

/** Badge tone per lifecycle status; shared with the preview panel. */
export const STATUS_TONE = { first_contact: "neutral", in_talks: "warning", potential: "warning", active: "accent" } as const;

function statusCell({ getValue, table }: CellContext<Features, Row, Row["status"]>) {
  const status = getValue();
  return <Badge tone={STATUS_TONE[status]}>{metaOf(table).text.status(status)}</Badge>;
}

function regionCell({ getValue, table }: CellContext<Features, Row, string | null>) {
  const id = getValue();
  return (id && metaOf(table).regionLabels[id]) || DASH;
}

function tagsCell({ getValue, table }: CellContext<Features, Row, string[]>) {
  // Archived tags have no label here any more; they stay on the record but not in the list.
  const labels = getValue().flatMap((id) => metaOf(table).tagLabels[id] ?? []);
  if (!labels.length) return DASH;
  return (
    <div className="flex max-w-56 flex-wrap gap-1">
      {labels.map((label) => (
        <Badge key={label} tone="neutral">
          {label}
        </Badge>
      ))}
    </div>
  );
}

function emailCell({ getValue }: CellContext<Features, Row, string | null>) {
  const email = getValue();
  return email ? (
    <span className="block max-w-56 truncate" title={email}>
      {email}
    </span>
  ) : (
    DASH
  );
}

function createdCell({ getValue, table }: CellContext<Features, Row, string>) {
  const at = new Date(getValue());
  return <time dateTime={getValue()}>{metaOf(table).text.format.dateTime(at, { dateStyle: "medium" })}</time>;
}

export const columns = helper.columns([
  helper.accessor("name", {
    header: headerLabel,
    cell: nameCell,
    enableHiding: false,
    meta: { className: "sticky left-0 z-[1] bg-inherit" },
  }),
  helper.accessor("accountCode", { header: headerLabel, cell: textCell, enableSorting: false, meta: { className: `${WIDE} tabular-nums` } }),
  helper.accessor("type", { header: headerLabel, cell: typeCell, enableSorting: false, meta: { className: WIDE } }),
  helper.accessor("status", { header: headerLabel, cell: statusCell, enableSorting: false }),
  helper.accessor("regionId", { id: "region", header: headerLabel, cell: regionCell, enableSorting: false, meta: { className: WIDE } }),
  helper.accessor("tagIds", { id: "tags", header: headerLabel, cell: tagsCell, enableSorting: false, meta: { className: WIDE } }),
  helper.accessor("phoneLabel", {
    id: "phone",
    header: headerLabel,
    cell: textCell,
    enableSorting: false,
    meta: { className: "hidden @md:table-cell tabular-nums" },
  }),
  helper.accessor("email", { header: headerLabel, cell: emailCell, enableSorting: false, meta: { className: WIDE } }),
  helper.accessor("createdAt", {
    id: "created",
    header: headerLabel,
    cell: createdCell,
    // Newest first is what one wants from "created" on the first click.
    sortDescFirst: true,
    meta: { className: `${WIDE} text-zinc-500` },
  }),
]);
