"use client";

import { Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { CONTACT_STATUSES, type ContactQuery } from "@/lib/contacts/list-params";

/** Typing pauses this long before the list reloads. */
const SEARCH_DELAY_MS = 300;

const FIELD =
  "h-8 rounded-md border bg-white text-sm focus:border-accent-500 focus:outline-none focus:ring-2 focus:ring-accent-500/30 dark:bg-zinc-900";
// Colour classes are chosen, never overridden: `cn` does not merge conflicting Tailwind classes.
const NEUTRAL = "border-zinc-300 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300";
const NARROWING = "border-accent-500/70 text-accent-700 dark:border-accent-500/70 dark:text-accent-500";

export function ContactToolbar({
  query,
  filtered,
  onChange,
  onClear,
}: {
  query: ContactQuery;
  filtered: boolean;
  onChange: (changes: Partial<ContactQuery>) => void;
  onClear: () => void;
}) {
  const t = useTranslations("contactList");
  return (
    <div role="group" aria-label={t("filters.label")} className="flex flex-wrap items-center gap-2">
      <SearchBox current={query.q ?? ""} onSearch={(q) => onChange({ q: q || undefined })} />
      <select
        aria-label={t("filters.status")}
        className={cn(FIELD, "pl-2 pr-7 hover:bg-zinc-50", query.status ? NARROWING : NEUTRAL)}
        value={query.status ?? ""}
        onChange={(e) => onChange({ status: CONTACT_STATUSES.find((s) => s === e.target.value) })}
      >
        <option value="">{t("filters.all")}</option>
        {CONTACT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`filters.${status}`)}
          </option>
        ))}
      </select>
      {filtered && (
        <button
          type="button"
          onClick={onClear}
          className="inline-flex h-8 items-center gap-1 rounded-md px-2 text-sm text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800"
        >
          <X className="size-3.5" aria-hidden />
          {t("filters.clear")}
        </button>
      )}
    </div>
  );
}

/**
 * Search as you type, debounced; Enter searches at once. When the URL's query changes from
 * elsewhere (clear filters, the sidebar link, back/forward) the box shows it; the query this box
 * sent itself is not written back, so nothing typed meanwhile is lost.
 */
function SearchBox({ current, onSearch }: { current: string; onSearch: (q: string) => void }) {
  const t = useTranslations("contactList");
  const [value, setValue] = useState(current);
  const [sent, setSent] = useState(current);
  const [seen, setSeen] = useState(current);
  if (current !== seen) {
    setSeen(current);
    if (current !== sent) {
      setValue(current);
      setSent(current);
    }
  }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const search = (q: string, delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setSent(q.trim());
      onSearch(q.trim());
    }, delay);
  };
  return (
    <div className="relative w-full sm:w-72">
      <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-zinc-400" aria-hidden />
      <input
        type="search"
        role="searchbox"
        aria-label={t("search")}
        placeholder={t("searchPlaceholder")}
        maxLength={100}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          search(e.target.value, SEARCH_DELAY_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") search(value, 0);
        }}
        className={cn(FIELD, NEUTRAL, "block w-full pl-8 pr-2 placeholder:text-zinc-400")}
      />
    </div>
  );
}
