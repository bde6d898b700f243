"use client";

import { type CellContext, type CellData, createColumnHelper, type HeaderContext, metaHelper, tableFeatures } from "@tanstack/react-table";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { DASH, type ListColumnMeta, TextCell, WIDE } from "@/components/lists/cells";
import type { ServiceListRow } from "@/lib/service/list-service-records";
import { StatusBadge } from "../record/status-badge";

export type Row = ServiceListRow;
export type ServiceColumn = "number" | "subject" | "customer" | "type" | "priority" | "status" | "assignees" | "planned" | "requestDate";

type TableMeta = { orgSlug: string };

/** Filtering and paging are the server's; the table only renders the page. */
export const features = tableFeatures({
  columnMeta: metaHelper<ListColumnMeta>(),
  tableMeta: metaHelper<TableMeta>(),
});
export type Features = typeof features;

const helper = createColumnHelper<Features, Row>();

// Below the @xl container width (WIDE) only number, subject and status remain; the subject cell
// then shows the customer beneath it so a phone still says whose request it is.
const WIDER = "hidden @4xl:table-cell";

function HeaderLabel<V extends CellData>({ column }: HeaderContext<Features, Row, V>) {
  return useTranslations("service.list.columns")(column.id as ServiceColumn);
}

function NumberCell({ row, table }: CellContext<Features, Row, number>) {
  return (
    <Link href={`/${table.options.meta?.orgSlug}/service/${row.original.id}`} tabIndex={-1} className="cell-link tabular-nums">
      #{row.original.number}
    </Link>
  );
}

function SubjectCell({ row, table }: CellContext<Features, Row, string>) {
  const record = row.original;
  return (
    <div className="max-w-56 @3xl:max-w-80">
      <Link
        title={record.subject}
        href={`/${table.options.meta?.orgSlug}/service/${record.id}`}
        // The row itself is the keyboard stop (Enter opens it); a second stop per row would double Tab presses.
        tabIndex={-1}
        className="cell-link"
      >
        {record.subject || "—"}
      </Link>
      {record.customer && <div className="cell-sub @xl:hidden">{record.customer.name}</div>}
    </div>
  );
}

function CustomerCell({ row }: CellContext<Features, Row, Row["customer"]>) {
  const customer = row.original.customer;
  return customer ? (
    <span className="block max-w-48 truncate" title={customer.name}>
      {customer.name}
    </span>
  ) : (
    DASH
  );
}

function StatusCell({ getValue }: CellContext<Features, Row, Row["status"]>) {
  return <StatusBadge status={getValue()} />;
}

function AssigneesCell({ getValue }: CellContext<Features, Row, Row["assignees"]>) {
  const t = useTranslations("service.responses");
  const people = getValue();
  if (!people.length) return DASH;
  return (
    <span className="block max-w-48 truncate">
      {people.map((p, i) => (
        <span key={p.userId} title={t(p.response)} className={p.response === "rejected" ? "text-zinc-400 line-through" : undefined}>
          {i > 0 && ", "}
          {p.name}
        </span>
      ))}
    </span>
  );
}

function PlannedCell({ row }: CellContext<Features, Row, string | null>) {
  const format = useFormatter();
  const { plannedStart, plannedEnd } = row.original;
  if (!plannedStart && !plannedEnd) return DASH;
  const options = { dateStyle: "medium" } as const;
  if (plannedStart && plannedEnd) return format.dateTimeRange(new Date(plannedStart), new Date(plannedEnd), options);
  return format.dateTime(new Date((plannedStart ?? plannedEnd)!), options);
}

function DateCell({ getValue }: CellContext<Features, Row, string>) {
  const format = useFormatter();
  // A calendar date: read at noon UTC so no time zone moves it to the neighbouring day.
  return <time dateTime={getValue()}>{format.dateTime(new Date(`${getValue()}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}</time>;
}

export const columns = helper.columns([
  helper.accessor("number", { header: HeaderLabel, cell: NumberCell, meta: { className: "w-px" } }),
  helper.accessor("subject", { header: HeaderLabel, cell: SubjectCell }),
  helper.accessor("customer", { header: HeaderLabel, cell: CustomerCell, meta: { className: WIDE } }),
  helper.accessor("serviceType", { id: "type", header: HeaderLabel, cell: TextCell, meta: { className: WIDER } }),
  helper.accessor("priority", { header: HeaderLabel, cell: TextCell, meta: { className: WIDER } }),
  helper.accessor("status", { header: HeaderLabel, cell: StatusCell }),
  helper.accessor("assignees", { header: HeaderLabel, cell: AssigneesCell, meta: { className: WIDE } }),
  helper.accessor("plannedStart", { id: "planned", header: HeaderLabel, cell: PlannedCell, meta: { className: WIDER } }),
  helper.accessor("requestDate", { header: HeaderLabel, cell: DateCell, meta: { className: `${WIDE} text-zinc-500` } }),
]);
