"use client";

import { X } from "lucide-react";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { searchCustomerOptionsAction } from "@/lib/customers/actions";

const SHOWN = 8;
const DEBOUNCE_MS = 200;

export type CustomerOption = { id: string; name: string };
/** With what tells same-named companies apart: the account code and the region. */
export type CustomerResult = CustomerOption & { accountCode: string | null; region: string | null };
/** Must be a stable (module-level) function: it is an effect dependency. */
export type CustomerSearch = (orgSlug: string, query: string) => Promise<CustomerResult[]>;

/** The default search: the pickers' verb, through its action. A refusal shows as no results. */
export async function searchCustomers(orgSlug: string, query: string): Promise<CustomerResult[]> {
  const result = await searchCustomerOptionsAction(orgSlug, { q: query });
  return result.ok ? result.data : [];
}

export type CustomerComboboxLabels = { placeholder: string; clear: string; searching: string; noResults: string };

/**
 * A combobox over the org's customers (ARIA 1.2 pattern): typing searches, choosing an option
 * reports it through onChange. Typed text that was never chosen is not a value, so leaving the
 * field puts the chosen name back. The wrappers (parent, service and report pickers) supply the
 * labels in their own message namespace.
 */
export function CustomerCombobox({
  orgSlug,
  value,
  onChange,
  labels,
  search = searchCustomers,
  excludeId,
  clearOnType = true,
  compact,
  listClassName,
  id,
  ...aria
}: {
  orgSlug: string;
  value: CustomerOption | null;
  onChange: (value: CustomerOption | null) => void;
  labels: CustomerComboboxLabels;
  search?: CustomerSearch;
  /** A customer never offered (a company cannot be its own parent). */
  excludeId?: string;
  /**
   * Whether typing over a chosen customer clears the value at once. Off where every change has a
   * cost (the report navigates), so the value only changes on choose or clear.
   */
  clearOnType?: boolean;
  /** Toolbar size (the Service list's filter). */
  compact?: boolean;
  listClassName?: string;
  id?: string;
  "aria-label"?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}) {
  const listId = useId();
  const [text, setText] = useState(value?.name ?? "");
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [results, setResults] = useState<CustomerResult[]>([]);
  const [active, setActive] = useState(-1);
  const request = useRef(0);

  useEffect(() => {
    if (!open) return;
    const ticket = ++request.current;
    const timer = setTimeout(async () => {
      setLoading(true);
      const rows = await search(orgSlug, text);
      // A slower answer to an older query must not overwrite a newer one.
      if (ticket !== request.current) return;
      setLoading(false);
      setResults(rows.filter((r) => r.id !== excludeId).slice(0, SHOWN));
      setActive(-1);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [open, text, orgSlug, excludeId, search]);

  const choose = (option: CustomerResult) => {
    setText(option.name);
    setOpen(false);
    onChange({ id: option.id, name: option.name });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (results.length ? (i + step + results.length) % results.length : -1));
    } else if (event.key === "Enter" && open && active >= 0 && results[active]) {
      // Enter picks the highlighted customer instead of submitting the surrounding form.
      event.preventDefault();
      choose(results[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className="relative">
      <Input
        id={id}
        {...aria}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        placeholder={labels.placeholder}
        value={text}
        className={cn(value && "pr-9", compact && "h-8", compact && value && "border-accent-500/70")}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          if (clearOnType && value) onChange(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setText(value?.name ?? "");
        }}
        onKeyDown={onKeyDown}
      />
      {value && (
        <button
          type="button"
          aria-label={labels.clear}
          className="absolute inset-y-0 right-0 flex w-9 items-center justify-center text-zinc-400 hover:text-zinc-700 dark:hover:text-zinc-200"
          onClick={() => {
            setText("");
            onChange(null);
          }}
        >
          <X className="size-4" aria-hidden />
        </button>
      )}
      <ul
        id={listId}
        role="listbox"
        hidden={!open}
        className={cn(
          "absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-zinc-200 bg-white py-1 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900",
          listClassName,
        )}
      >
        {loading && results.length === 0 && <li className="px-3 py-2 text-zinc-500">{labels.searching}</li>}
        {!loading && results.length === 0 && <li className="px-3 py-2 text-zinc-500">{labels.noResults}</li>}
        {results.map((option, i) => (
          <li
            key={option.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-1.5 ${i === active ? "bg-accent-50 dark:bg-accent-500/15" : ""}`}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span className="truncate">{option.name}</span>
            {/* Four "Mavi Yazılım Ltd." differ only here: code and region stay readable, the name truncates. */}
            {(option.accountCode || option.region) && (
              <span className="shrink-0 text-xs text-zinc-500 dark:text-zinc-400">
                {[option.accountCode, option.region].filter(Boolean).join(" · ")}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
