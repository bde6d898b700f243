"use client";

import { Search, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { toolbarSelect } from "@/components/lists/check-menu";

/**
 * Typing pauses this long before the list asks for rows: long enough that a word typed at speed
 * (~80 ms a key) costs one request, short enough that results follow the last key at once.
 */
const SEARCH_DELAY_MS = 150;

/** Ticks or unticks `value` in a multi-value filter; a ticked value moves to the end. */
export function toggleValue<V extends string>(list: readonly V[], value: V, on: boolean): V[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

/**
 * Search as you type, debounced; Enter searches at once. When the URL's query changes from
 * elsewhere (clear filters, the sidebar link, back/forward) the box shows it; the query this box
 * sent itself is not written back, so nothing typed meanwhile is lost.
 */
export function SearchBox({
  label,
  placeholder,
  current,
  onSearch,
}: {
  label: string;
  placeholder: string;
  current: string;
  onSearch: (q: string) => void;
}) {
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
        aria-label={label}
        placeholder={placeholder}
        maxLength={100}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          search(e.target.value, SEARCH_DELAY_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") search(value, 0);
        }}
        className="block h-8 w-full rounded-md border border-zinc-300 bg-white pl-8 pr-2 text-sm text-zinc-700 placeholder:text-zinc-400 focus:border-accent-500 focus:outline-none focus:ring-2 focus:ring-accent-500/30 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300"
      />
    </div>
  );
}

/** A one-of filter (a native select); the first option, "any", leaves the list unfiltered. */
export function OptionFilter<V extends string>({
  label,
  anyLabel,
  options,
  value,
  onChange,
}: {
  label: string;
  anyLabel: string;
  options: readonly { id: V; label: string }[];
  value: V | undefined;
  onChange: (value: V | undefined) => void;
}) {
  return (
    <select
      aria-label={label}
      className={toolbarSelect(!!value)}
      value={value ?? ""}
      onChange={(e) => onChange(options.find((o) => o.id === e.target.value)?.id)}
    >
      <option value="">{anyLabel}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** Shown while any filter narrows the list. */
export function ClearFiltersButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="inline-flex h-8 items-center gap-1 rounded-md px-2 text-sm text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800"
    >
      <X className="size-3.5" aria-hidden />
      {label}
    </button>
  );
}
