"use client";

import { type CellContext, type CellData, createColumnHelper, type HeaderContext, metaHelper, tableFeatures } from "@tanstack/react-table";
import type { useTranslations } from "next-intl";
import { DASH, type ListColumnMeta, WIDE } from "@/components/lists/cells";
import { rowLink } from "@/components/lists/row-link-props";
import { Badge } from "@/components/ui/card";
import type { ContactListRow } from "@/lib/contacts/list-contacts";

export type Row = ContactListRow;

export type ColumnId = "name" | "customer" | "position" | "email" | "phone" | "preferredMethod";

/** What the cells need from hooks, resolved once per list render (cells are plain functions). */
export type ContactCellText = {
  list: ReturnType<typeof useTranslations<"contactList">>;
  method: ReturnType<typeof useTranslations<"contactMethods">>;
};

type TableMeta = { orgSlug: string; text: ContactCellText };

/** Filtering and paging are the server's; the table only lays the rows out. */
export const features = tableFeatures({
  columnMeta: metaHelper<ListColumnMeta>(),
  tableMeta: metaHelper<TableMeta>(),
});
export type Features = typeof features;

const helper = createColumnHelper<Features, Row>();

// Below the @xl container width (36rem, WIDE) the name cell also shows the customer and the phone,
// so nothing essential is lost on a phone.
const LINK = "text-accent-700 hover:underline dark:text-accent-500";

const customerHref = (orgSlug: string, row: Row) => `/${orgSlug}/customers/${row.customer.id}`;

// The list always passes its meta (contact-list.tsx); a cell without it is a programming error.
const metaOf = (table: { options: { meta?: TableMeta } }) => table.options.meta!;

function headerLabel<V extends CellData>({ column, table }: HeaderContext<Features, Row, V>) {
  return metaOf(table).text.list(`columns.${column.id as ColumnId}`);
}

function nameCell({ row, table }: CellContext<Features, Row, string>) {
  const { orgSlug, text } = metaOf(table);
  const t = text.list;
  const contact = row.original;
  return (
    <div className="max-w-56 @3xl:max-w-72">
      <div className="flex items-center gap-1.5">
        {/* Contacts have no page of their own: the name opens the customer they belong to. */}
        <a
          {...rowLink(customerHref(orgSlug, contact))}
          title={t("openCustomer", { customer: contact.customer.name })}
          className={
            contact.active
              ? "truncate font-medium text-zinc-900 hover:underline dark:text-zinc-100"
              : "truncate font-medium text-zinc-500 hover:underline"
          }
        >
          {contact.name}
        </a>
        {contact.isPrimary && <Badge tone="accent">{t("primaryBadge")}</Badge>}
        {!contact.active && <Badge tone="warning">{t("passiveBadge")}</Badge>}
      </div>
      <div className="truncate text-xs text-zinc-500 @xl:hidden">
        {contact.customer.name}
        {contact.phoneLabel && <span> · {contact.phoneLabel}</span>}
      </div>
    </div>
  );
}

function customerCell({ row, table }: CellContext<Features, Row, string>) {
  const customer = row.original.customer;
  return (
    <a
      {...rowLink(customerHref(metaOf(table).orgSlug, row.original))}
      // The name link of the row opens the same page; one keyboard stop per row is enough.
      tabIndex={-1}
      title={customer.name}
      className="block max-w-56 truncate text-zinc-700 hover:underline dark:text-zinc-300"
    >
      {customer.name}
    </a>
  );
}

function positionCell({ row }: CellContext<Features, Row, string | null>) {
  const text = [row.original.title, row.original.role].filter(Boolean).join(" · ");
  return text ? (
    <span className="block max-w-56 truncate" title={text}>
      {text}
    </span>
  ) : (
    DASH
  );
}

function emailCell({ getValue }: CellContext<Features, Row, string | null>) {
  const email = getValue();
  return email ? (
    <a href={`mailto:${email}`} title={email} className={`block max-w-56 truncate ${LINK}`}>
      {email}
    </a>
  ) : (
    DASH
  );
}

function phoneCell({ row }: CellContext<Features, Row, string | null>) {
  const { phone, phoneLabel } = row.original;
  return phone ? (
    <a href={`tel:${phone}`} className={LINK}>
      {phoneLabel ?? phone}
    </a>
  ) : (
    DASH
  );
}

function methodCell({ getValue, table }: CellContext<Features, Row, Row["preferredMethod"]>) {
  const method = getValue();
  return method ? metaOf(table).text.method(method) : DASH;
}

export const columns = helper.columns([
  helper.accessor("name", { header: headerLabel, cell: nameCell }),
  helper.accessor((row) => row.customer.name, { id: "customer", header: headerLabel, cell: customerCell, meta: { className: WIDE } }),
  helper.accessor("title", { id: "position", header: headerLabel, cell: positionCell, meta: { className: "hidden @3xl:table-cell" } }),
  helper.accessor("email", { header: headerLabel, cell: emailCell, meta: { className: "hidden @2xl:table-cell" } }),
  helper.accessor("phone", { header: headerLabel, cell: phoneCell, meta: { className: `${WIDE} tabular-nums` } }),
  helper.accessor("preferredMethod", { header: headerLabel, cell: methodCell, meta: { className: "hidden @4xl:table-cell text-zinc-500" } }),
]);
