"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Table } from "@/components/ui/table";
import { ListFooter, ListFrame } from "./list-states";
import { RowLinks } from "./row-link";

type ListState = { pending: boolean; failed: boolean; retry: () => void; go: (search: string, mode: "push") => void };

/**
 * The body of a list on the one list pattern (contracts, plans, schedules): the rows in a table
 * whose links open on intent only, or the list's empty state; the failure note with a retry and
 * the dimming while the next view loads come from the list view (use-list-view.ts).
 */
export function KeysetListBody({
  list,
  label,
  head,
  rows,
  empty,
}: {
  list: ListState;
  /** The table's accessible name. */
  label: string;
  head: ReactNode;
  /** The <tr> elements; none: `empty` is shown. */
  rows: ReactNode[];
  empty: ReactNode;
}) {
  const common = useTranslations("common");
  return (
    <RowLinks>
      <ListFrame
        pending={list.pending}
        failure={list.failed ? { message: common("listLoadFailed"), retryLabel: common("retry"), onRetry: list.retry } : null}
      >
        {rows.length > 0 ? (
          <Table label={label}>
            <thead>
              <tr>{head}</tr>
            </thead>
            <tbody>{rows}</tbody>
          </Table>
        ) : (
          empty
        )}
      </ListFrame>
    </RowLinks>
  );
}

/** First / next page under such a list: the searches are the view's own, relative to `base`. */
export function KeysetListPages({
  list,
  base,
  labels,
  firstSearch,
  nextSearch,
}: {
  list: ListState;
  base: string;
  labels: { label: string; first: string; next: string };
  /** The first page's search when not on it, else null. */
  firstSearch: string | null;
  nextSearch: string | null;
}) {
  return (
    <ListFooter
      labels={labels}
      firstHref={firstSearch === null ? null : `${base}${firstSearch}`}
      nextHref={nextSearch === null ? null : `${base}${nextSearch}`}
      onNavigate={(href) => {
        list.go(href.slice(base.length), "push");
        window.scrollTo({ top: 0 });
      }}
    />
  );
}

/** "Clear filters" beside a list's filters, shown only while the view is filtered. */
export function ClearFiltersButton({ shown, label, onClear }: { shown: boolean; label: string; onClear: () => void }) {
  if (!shown) return null;
  return (
    <button type="button" onClick={onClear} className="text-sm font-medium text-zinc-600 underline underline-offset-2 dark:text-zinc-300">
      {label}
    </button>
  );
}
