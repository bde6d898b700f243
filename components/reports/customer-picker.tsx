"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { Input } from "@/components/ui/input";
import { listCustomersAction } from "@/lib/customers/actions";

const SHOWN = 8;
const DEBOUNCE_MS = 200;

export type CustomerOption = { id: string; name: string };
type Result = CustomerOption & { accountCode: string | null };

/**
 * The report's customer combobox (ARIA 1.2, as the customer form's parent picker): typing searches
 * through the customer list verb, choosing an option reports it. Text never chosen is not a value,
 * so leaving the field puts the chosen name back.
 */
export function CustomerPicker({
  orgSlug,
  value,
  onChange,
  id,
  ...aria
}: {
  orgSlug: string;
  value: CustomerOption | null;
  onChange: (value: CustomerOption | null) => void;
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}) {
  const t = useTranslations("reports.picker");
  const listId = useId();
  const [text, setText] = useState(value?.name ?? "");
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [results, setResults] = useState<Result[]>([]);
  const [active, setActive] = useState(-1);
  const request = useRef(0);

  useEffect(() => {
    if (!open) return;
    const ticket = ++request.current;
    const timer = setTimeout(async () => {
      setLoading(true);
      const result = await listCustomersAction(orgSlug, { q: text });
      // A slower answer to an older query must not overwrite a newer one.
      if (ticket !== request.current) return;
      setLoading(false);
      setResults(result.ok ? result.data.rows.slice(0, SHOWN) : []);
      setActive(-1);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [open, text, orgSlug]);

  const choose = (option: Result) => {
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
      // Enter picks the highlighted customer instead of submitting the filters.
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
        placeholder={t("placeholder")}
        value={text}
        className={value ? "pr-9" : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
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
          aria-label={t("clear")}
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
        className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-zinc-200 bg-white py-1 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
      >
        {loading && results.length === 0 && <li className="px-3 py-2 text-zinc-500">{t("searching")}</li>}
        {!loading && results.length === 0 && <li className="px-3 py-2 text-zinc-500">{t("noResults")}</li>}
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
            {option.accountCode && <span className="shrink-0 text-xs text-zinc-500">{option.accountCode}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
