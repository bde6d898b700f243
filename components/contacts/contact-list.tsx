"use client";

import { useTable } from "@tanstack/react-table";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useOptimistic, useTransition } from "react";
import { DataTable } from "@/components/lists/data-table";
import { ListEmptyState, ListFooter, ListFrame } from "@/components/lists/list-states";
import { type ContactQuery, contactListSearch, hasContactFilters } from "@/lib/contacts/list-params";
import { columns, features, type Row } from "./contact-columns";
import { ContactToolbar } from "./contact-toolbar";

const getRowId = (row: Row) => row.id;

/**
 * SPEC C6, the org-wide contacts list: the URL holds the view (search, status, page), the server
 * renders the rows for it, and every control here only rewrites the URL. Controls answer at once
 * through an optimistic copy of the view while the server catches up.
 */
export function ContactList({
  orgSlug,
  query,
  rows,
  nextHref,
  firstHref,
}: {
  orgSlug: string;
  query: ContactQuery;
  rows: Row[];
  nextHref: string | null;
  firstHref: string | null;
}) {
  const t = useTranslations("contactList");
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [view, setView] = useOptimistic(query);

  function navigate(changes: Partial<ContactQuery>) {
    startTransition(() => {
      setView({ ...view, cursor: undefined, ...changes });
      router.replace(`${pathname}${contactListSearch(view, changes)}`, { scroll: false });
    });
  }

  const clearFilters = () => navigate({ q: undefined, status: undefined });

  // The cells' translations, once per list rather than once per cell.
  const methodLabel = useTranslations("contactMethods");
  const meta = useMemo(() => ({ orgSlug, text: { list: t, method: methodLabel } }), [orgSlug, t, methodLabel]);
  const table = useTable({ features, columns, data: rows, getRowId, meta });
  const filtered = hasContactFilters(view);

  return (
    <div className="space-y-3">
      <ContactToolbar query={view} filtered={filtered} onChange={navigate} onClear={clearFilters} />
      <ListFrame pending={pending}>
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
      <ListFooter labels={{ label: t("pagination.label"), first: t("pagination.first"), next: t("pagination.next") }} firstHref={firstHref} nextHref={nextHref} />
    </div>
  );
}
