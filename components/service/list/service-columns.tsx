"use client";

import { type CellContext, type CellData, createColumnHelper, type HeaderContext, metaHelper, tableFeatures } from "@tanstack/react-table";
import type { useFormatter, useTranslations } from "next-intl";
import { DASH, type ListColumnMeta, textCell, WIDE } from "@/components/lists/cells";
import { rowLink } from "@/components/lists/row-link-props";
import { Badge } from "@/components/ui/card";
import type { ServiceListRow } from "@/lib/service/list-service-records";
import { STATUS_TONE } from "../record/status-badge";
import { SlaTimeLeft } from "./sla-cell";

export type Row = ServiceListRow;
export type ServiceColumn = "number" | "subject" | "customer" | "type" | "priority" | "status" | "sla" | "assignees" | "planned" | "requestDate";

/** What the cells need from hooks, resolved once per list render (cells are plain functions). */
export type ServiceCellText = {
  column: ReturnType<typeof useTranslations<"service.list.columns">>;
  status: ReturnType<typeof useTranslations<"service.statuses">>;
  response: ReturnType<typeof useTranslations<"service.responses">>;
  sla: ReturnType<typeof useTranslations<"service.sla">>;
  /** One "now" per render, so every row's time left is read at the same instant. */
  now: Date;
  format: ReturnType<typeof useFormatter>;
};

type TableMeta = { orgSlug: string; text: ServiceCellText };

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

// The list always passes its meta (service-list.tsx); a cell without it is a programming error.
const metaOf = (table: { options: { meta?: TableMeta } }) => table.options.meta!;

function headerLabel<V extends CellData>({ column, table }: HeaderContext<Features, Row, V>) {
  return metaOf(table).text.column(column.id as ServiceColumn);
}

function numberCell({ row, table }: CellContext<Features, Row, number>) {
  return (
    <a {...rowLink(`/${metaOf(table).orgSlug}/service/${row.original.id}`)} tabIndex={-1} className="cell-link tabular-nums">
      #{row.original.number}
    </a>
  );
}

function subjectCell({ row, table }: CellContext<Features, Row, string>) {
  const record = row.original;
  return (
    <div className="max-w-56 @3xl:max-w-80">
      <a
        title={record.subject}
        {...rowLink(`/${metaOf(table).orgSlug}/service/${record.id}`)}
        // The row itself is the keyboard stop (Enter opens it); a second stop per row would double Tab presses.
        tabIndex={-1}
        className="cell-link"
      >
        {record.subject || "—"}
      </a>
      {record.customer && <div className="cell-sub @xl:hidden">{record.customer.name}</div>}
    </div>
  );
}

function customerCell({ row }: CellContext<Features, Row, Row["customer"]>) {
  const customer = row.original.customer;
  return customer ? (
    <span className="block max-w-48 truncate" title={customer.name}>
      {customer.name}
    </span>
  ) : (
    DASH
  );
}

function statusCell({ getValue, table }: CellContext<Features, Row, Row["status"]>) {
  const status = getValue();
  return <Badge tone={STATUS_TONE[status]}>{metaOf(table).text.status(status)}</Badge>;
}

function slaCell({ getValue, table }: CellContext<Features, Row, Row["sla"]>) {
  const { sla, now } = metaOf(table).text;
  return <SlaTimeLeft sla={getValue()} t={sla} now={now} />;
}

function assigneesCell({ getValue, table }: CellContext<Features, Row, Row["assignees"]>) {
  const t = metaOf(table).text.response;
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

function plannedCell({ row, table }: CellContext<Features, Row, string | null>) {
  const { format } = metaOf(table).text;
  const { plannedStart, plannedEnd } = row.original;
  if (!plannedStart && !plannedEnd) return DASH;
  const options = { dateStyle: "medium" } as const;
  if (plannedStart && plannedEnd) return format.dateTimeRange(new Date(plannedStart), new Date(plannedEnd), options);
  return format.dateTime(new Date((plannedStart ?? plannedEnd)!), options);
}

function dateCell({ getValue, table }: CellContext<Features, Row, string>) {
  const { format } = metaOf(table).text;
  // A calendar date: read at noon UTC so no time zone moves it to the neighbouring day.
  return <time dateTime={getValue()}>{format.dateTime(new Date(`${getValue()}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}</time>;
}

export const columns = helper.columns([
  helper.accessor("number", { header: headerLabel, cell: numberCell, meta: { className: "w-px" } }),
  helper.accessor("subject", { header: headerLabel, cell: subjectCell }),
  helper.accessor("customer", { header: headerLabel, cell: customerCell, meta: { className: WIDE } }),
  helper.accessor("serviceType", { id: "type", header: headerLabel, cell: textCell, meta: { className: WIDER } }),
  helper.accessor("priority", { header: headerLabel, cell: textCell, meta: { className: WIDER } }),
  helper.accessor("status", { header: headerLabel, cell: statusCell }),
  helper.accessor("sla", { header: headerLabel, cell: slaCell, meta: { className: WIDE } }),
  helper.accessor("assignees", { header: headerLabel, cell: assigneesCell, meta: { className: WIDE } }),
  helper.accessor("plannedStart", { id: "planned", header: headerLabel, cell: plannedCell, meta: { className: WIDER } }),
  helper.accessor("requestDate", { header: headerLabel, cell: dateCell, meta: { className: `${WIDE} text-zinc-500` } }),
]);
