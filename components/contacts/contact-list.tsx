"use client";

import { useTable } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable } from "@/components/lists/data-table";
import { ListEmptyState, ListFooter, ListFrame } from "@/components/lists/list-states";
import { type HistoryMode, type ListPage, useListView } from "@/components/lists/use-list-view";
import { type ContactQuery, contactListSearch, contactRowsSearch, hasContactFilters, parseContactQuery } from "@/lib/contacts/list-params";
import { columns, features, type Row } from "./contact-columns";
import { ContactToolbar } from "./contact-toolbar";

const getRowId = (row: Row) => row.id;

/**
 * SPEC C6, the org-wide contacts list: the URL holds the view (search, status, page). The server
 * renders the first page; after that every control rewrites the URL and the rows come from the
 * list's data route (useListView).
 */
export function ContactList({
  orgSlug,
  initial,
}: {
  orgSlug: string;
  /** The server render's view and rows; one prop object, so it stays the same object until the next render. */
  initial: { search: string; page: ListPage<Row> };
}) {
  const t = useTranslations("contactList");
  const common = useTranslations("common");
  const base = `/${orgSlug}/contacts`;
  const list = useListView({ endpoint: `${base}/data`, initial, parse: parseContactQuery, canonical: contactRowsSearch });
  const { view, page } = list;
  const rows = page.rows;

  const navigate = (changes: Partial<ContactQuery>, mode: HistoryMode = "push") => list.go(contactListSearch(view, changes), mode);
  const clearFilters = () => navigate({ q: undefined, status: undefined });

  // The cells' translations, once per list rather than once per cell.
  const methodLabel = useTranslations("contactMethods");
  const meta = useMemo(() => ({ orgSlug, text: { list: t, method: methodLabel } }), [orgSlug, t, methodLabel]);
  const table = useTable({ features, columns, data: rows, getRowId, meta });
  const filtered = hasContactFilters(view);

  return (
    <div className="space-y-3">
      <ContactToolbar query={view} filtered={filtered} onChange={navigate} onClear={clearFilters} />
      <ListFrame
        pending={list.pending}
        failure={list.failed ? { message: common("listLoadFailed"), retryLabel: common("retry"), onRetry: list.retry } : null}
      >
        {rows.length > 0 ? (
          <DataTable table={table} label={t("title")} />
        ) : (
          <ListEmptyState
            filtered={filtered}
            noMatch={{ title: t("empty.filteredTitle"), body: t("empty.filteredBody"), clearLabel: t("filters.clear"), onClear: clearFilters }}
            empty={{
              title: t("empty.title"),
              body: t("empty.body"),
              action: { href: `/${orgSlug}/customers`, label: t("empty.toCustomers"), variant: "secondary" },
            }}
          />
        )}
      </ListFrame>
      <ListFooter
        labels={{ label: t("pagination.label"), first: t("pagination.first"), next: t("pagination.next") }}
        firstHref={view.cursor ? `${base}${contactListSearch(view)}` : null}
        nextHref={page.nextCursor ? `${base}${contactListSearch(view, { cursor: page.nextCursor })}` : null}
        onNavigate={(href) => {
          list.go(href.slice(base.length), "push");
          window.scrollTo({ top: 0 });
        }}
      />
    </div>
  );
}
