"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useMemo, useRef } from "react";
import { firstValues } from "@/lib/search/first-values";
import { useViewData } from "./use-view-data";

export type ListPage<Row> = { rows: Row[]; nextCursor: string | null };

/**
 * How a change enters the history: "push" adds an entry (Back undoes it), "replace" does not,
 * "typing" pushes the first search of a burst and replaces the ones that follow, so Back leaves
 * the search instead of stepping through every word typed.
 */
export type HistoryMode = "push" | "replace" | "typing";

/**
 * The one list pattern after the first, server-rendered page: the URL holds the view, the rows
 * for it come from the list's data route (`endpoint` + the view's canonical search) through the
 * same verb and guard, and changes rewrite the URL with the History API (which Next's router
 * follows) instead of a full page navigation. Back/forward show the rows kept for that URL; a
 * reload renders the same view on the server. `parse` and `canonical` come from the list's
 * client-safe list-params.ts and must be module-level functions (stable).
 */
export function useListView<Query, Row>({
  endpoint,
  initial,
  parse,
  canonical,
}: {
  endpoint: string;
  initial: { search: string; page: ListPage<Row> };
  parse: (values: Record<string, string>) => Query;
  canonical: (query: Query) => string;
}) {
  const pathname = usePathname();
  const params = useSearchParams();
  const view = useMemo(() => parse(firstValues(params)), [params, parse]);
  const search = canonical(view);
  const seed = useMemo(() => ({ key: initial.search, value: initial.page }), [initial]);
  const data = useViewData({ key: search, url: `${endpoint}${search}`, initial: seed });
  const lastMode = useRef<HistoryMode | null>(null);

  function go(nextSearch: string, mode: HistoryMode) {
    const replace = mode === "replace" || (mode === "typing" && lastMode.current === "typing");
    lastMode.current = mode;
    if (nextSearch === search) return;
    const url = `${pathname}${nextSearch}`;
    if (replace) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
  }

  return { view, search, page: data.value, pending: data.pending, failed: data.failed, retry: data.retry, go };
}
