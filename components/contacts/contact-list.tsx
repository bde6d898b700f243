"use client";

import { useTable } from "@tanstack/react-table";
import { ChevronRight, ChevronsLeft } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useOptimistic, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
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

  const meta = useMemo(() => ({ orgSlug }), [orgSlug]);
  const table = useTable({ features, columns, data: rows, getRowId, meta });
  const filtered = hasContactFilters(view);

  return (
    <div className="space-y-3">
      <ContactToolbar query={view} filtered={filtered} onChange={navigate} onClear={clearFilters} />
      <div
        aria-busy={pending}
        className={cn(
          "@container overflow-hidden rounded-lg border border-zinc-200 bg-white transition-opacity dark:border-zinc-800 dark:bg-zinc-900",
          pending && "opacity-60",
        )}
      >
        {rows.length > 0 ? (
          <div className="overflow-x-auto">
            <table aria-label={t("title")} className="data-table">
              <thead>
                {table.getHeaderGroups().map((group) => (
                  <tr key={group.id}>
                    {group.headers.map((header) => (
                      <th key={header.id} scope="col" className={header.column.columnDef.meta?.className}>
                        <table.FlexRender header={header} />
                      </th>
                    ))}
                  </tr>
                ))}
              </thead>
              <tbody>
                {table.getRowModel().rows.map((row) => (
                  <tr key={row.id}>
                    {row.getAllCells().map((cell) => (
                      <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                        <table.FlexRender cell={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : filtered ? (
          <EmptyState title={t("empty.filteredTitle")}>
            <p>{t("empty.filteredBody")}</p>
            <button type="button" onClick={clearFilters} className="mt-3 text-accent-600 hover:underline">
              {t("filters.clear")}
            </button>
          </EmptyState>
        ) : (
          <EmptyState title={t("empty.title")}>
            <p>{t("empty.body")}</p>
            <Link href={`/${orgSlug}/customers`} className={cn(buttonClass("secondary", "sm"), "mt-3")}>
              {t("empty.toCustomers")}
            </Link>
          </EmptyState>
        )}
      </div>
      {(firstHref || nextHref) && (
        <nav aria-label={t("pagination.label")} className="flex items-center justify-end gap-2">
          {firstHref && (
            <Link href={firstHref} className={buttonClass("secondary", "sm")}>
              <ChevronsLeft className="size-4" aria-hidden />
              {t("pagination.first")}
            </Link>
          )}
          {nextHref && (
            <Link href={nextHref} className={buttonClass("secondary", "sm")}>
              {t("pagination.next")}
              <ChevronRight className="size-4" aria-hidden />
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
