"use client";

import type { CappedCount } from "@/lib/search/count-cap";
import { cn } from "@/components/ui/cn";
import { useViewData } from "./use-view-data";

/**
 * A list's match count for the current view, from its count route, apart from the rows: the rows
 * never wait for it. While a new count loads the old one stays, faded. `initial` is the server
 * render's count (a stable prop from the page); `countSearch` names the view without paging.
 */
export function ListCount({
  endpoint,
  countSearch,
  initial,
  label,
}: {
  endpoint: string;
  countSearch: string;
  initial: { key: string; value: { count: CappedCount } };
  label: (count: CappedCount) => string;
}) {
  const { value, pending } = useViewData({ key: countSearch, url: `${endpoint}${countSearch}`, initial });
  return (
    <span aria-live="polite" className={cn("transition-opacity", pending && "opacity-50")}>
      {label(value.count)}
    </span>
  );
}
