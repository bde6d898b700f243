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
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { DASH, type ListColumnMeta, TextCell, WIDE } from "@/components/lists/cells";
import { Badge } from "@/components/ui/card";
import type { CustomerListRow, ListColumn } from "@/lib/customers/list-customers";

export type Row = CustomerListRow;

type TableMeta = { orgSlug: string; regionLabels: Readonly<Record<string, string>>; tagLabels: Readonly<Record<string, string>> };

/** Sorting and paging are the server's; the table only keeps their state and the visible columns. */
export const features = tableFeatures({
  columnVisibilityFeature,
  rowSortingFeature,
  columnMeta: metaHelper<ListColumnMeta>(),
  tableMeta: metaHelper<TableMeta>(),
});
export type Features = typeof features;

const helper = createColumnHelper<Features, Row>();

// Below the @xl container width (36rem, WIDE) only name, status and phone remain; the name cell
// then shows type and phone beneath the name so nothing essential is lost on a phone.

function HeaderLabel<V extends CellData>({ column }: HeaderContext<Features, Row, V>) {
  const t = useTranslations("customerList.columns");
  return t(column.id as ListColumn);
}

function NameCell({ row, table }: CellContext<Features, Row, string>) {
  const types = useTranslations("customerTypes");
  const customer = row.original;
  return (
    <div className="max-w-48 @3xl:max-w-72">
      <Link
        title={customer.name}
        href={`/${table.options.meta?.orgSlug}/customers/${customer.id}`}
        // The row itself is the keyboard stop (Enter opens it); a second stop per row would double Tab presses.
        tabIndex={-1}
        className="cell-link"
      >
        {customer.name}
      </Link>
      <div className="cell-sub @xl:hidden">
        {types(customer.type)}
        {customer.phone && <span className="@md:hidden"> · {customer.phone}</span>}
      </div>
    </div>
  );
}

function TypeCell({ getValue }: CellContext<Features, Row, Row["type"]>) {
  return useTranslations("customerTypes")(getValue());
}

/** Badge tone per lifecycle status; shared with the preview panel. */
export const STATUS_TONE = { first_contact: "neutral", in_talks: "warning", potential: "warning", active: "accent" } as const;

function StatusCell({ getValue }: CellContext<Features, Row, Row["status"]>) {
  const t = useTranslations("lifecycle");
  const status = getValue();
  return <Badge tone={STATUS_TONE[status]}>{t(status)}</Badge>;
}

function RegionCell({ getValue, table }: CellContext<Features, Row, string | null>) {
  const id = getValue();
  return (id && table.options.meta?.regionLabels[id]) || DASH;
}

function TagsCell({ getValue, table }: CellContext<Features, Row, string[]>) {
  // Archived tags have no label here any more; they stay on the record but not in the list.
  const labels = getValue().flatMap((id) => table.options.meta?.tagLabels[id] ?? []);
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

function EmailCell({ getValue }: CellContext<Features, Row, string | null>) {
  const email = getValue();
  return email ? <span className="block max-w-56 truncate" title={email}>{email}</span> : DASH;
}

function CreatedCell({ getValue }: CellContext<Features, Row, string>) {
  const format = useFormatter();
  const at = new Date(getValue());
  return <time dateTime={getValue()}>{format.dateTime(at, { dateStyle: "medium" })}</time>;
}

export const columns = helper.columns([
  helper.accessor("name", {
    header: HeaderLabel,
    cell: NameCell,
    enableHiding: false,
    meta: { className: "sticky left-0 z-[1] bg-inherit" },
  }),
  helper.accessor("accountCode", { header: HeaderLabel, cell: TextCell, enableSorting: false, meta: { className: `${WIDE} tabular-nums` } }),
  helper.accessor("type", { header: HeaderLabel, cell: TypeCell, enableSorting: false, meta: { className: WIDE } }),
  helper.accessor("status", { header: HeaderLabel, cell: StatusCell, enableSorting: false }),
  helper.accessor("regionId", { id: "region", header: HeaderLabel, cell: RegionCell, enableSorting: false, meta: { className: WIDE } }),
  helper.accessor("tagIds", { id: "tags", header: HeaderLabel, cell: TagsCell, enableSorting: false, meta: { className: WIDE } }),
  helper.accessor("phone", {
    header: HeaderLabel,
    cell: TextCell,
    enableSorting: false,
    meta: { className: "hidden @md:table-cell tabular-nums" },
  }),
  helper.accessor("email", { header: HeaderLabel, cell: EmailCell, enableSorting: false, meta: { className: WIDE } }),
  helper.accessor("createdAt", {
    id: "created",
    header: HeaderLabel,
    cell: CreatedCell,
    // Newest first is what one wants from "created" on the first click.
    sortDescFirst: true,
    meta: { className: `${WIDE} text-zinc-500` },
  }),
]);
