"use client";

import type { ReactTable } from "@tanstack/react-table";
import { Columns3, Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { ListColumn } from "@/lib/customers/list-customers";
import { CheckMenu, toolbarSelect } from "./check-menu";
import type { Features, Row } from "./customer-columns";
import type { ListQuery } from "./list-params";

/** Typing pauses this long before the list reloads. */
const SEARCH_DELAY_MS = 300;

type Option = { id: string; label: string };

export function CustomerToolbar({
  query,
  statuses,
  types,
  regions,
  reps,
  tags,
  table,
  filtered,
  searchKey,
  onChange,
  onClear,
}: {
  query: ListQuery;
  statuses: readonly ListQuery["status"][number][];
  types: readonly ListQuery["type"][number][];
  regions: Option[];
  reps: Option[];
  tags: Option[];
  table: ReactTable<Features, Row>;
  filtered: boolean;
  /** Changes when the filters are cleared, so the search box forgets what was typed. */
  searchKey: number;
  onChange: (changes: Partial<ListQuery>) => void;
  onClear: () => void;
}) {
  const t = useTranslations("customerList");
  const columnLabel = useTranslations("customerList.columns");
  const lifecycle = useTranslations("lifecycle");
  const customerTypes = useTranslations("customerTypes");
  const toggle = <V extends string>(list: readonly V[], value: V, on: boolean) =>
    on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <SearchBox key={searchKey} initial={query.q ?? ""} onSearch={(q) => onChange({ q: q || undefined })} />
        <div className="ml-auto flex items-center gap-2">
          <select
            aria-label={t("sort.label")}
            className={toolbarSelect()}
            value={`${query.sort}_${query.dir}`}
            onChange={(e) => {
              const [sort, dir] = e.target.value.split("_") as [ListQuery["sort"], ListQuery["dir"]];
              onChange({ sort, dir });
            }}
          >
            {(["name_asc", "name_desc", "created_desc", "created_asc"] as const).map((value) => (
              <option key={value} value={value}>
                {t(`sort.${value}`)}
              </option>
            ))}
          </select>
          <CheckMenu
            label={t("columnsMenu")}
            icon={<Columns3 className="size-4" aria-hidden />}
            align="end"
            options={table.getAllLeafColumns().map((column) => ({
              value: column.id,
              label: columnLabel(column.id as ListColumn),
              disabled: !column.getCanHide(),
            }))}
            checked={table.getVisibleLeafColumns().map((column) => column.id)}
            onToggle={(id, on) => table.getColumn(id)?.toggleVisibility(on)}
          />
        </div>
      </div>
      <div role="group" aria-label={t("filters.label")} className="flex flex-wrap items-center gap-2">
        <CheckMenu
          label={t("filters.status")}
          options={statuses.map((s) => ({ value: s, label: lifecycle(s) }))}
          checked={query.status}
          count={query.status.length}
          onToggle={(value, on) => onChange({ status: toggle(query.status, value, on) })}
        />
        <CheckMenu
          label={t("filters.type")}
          options={types.map((s) => ({ value: s, label: customerTypes(s) }))}
          checked={query.type}
          count={query.type.length}
          onToggle={(value, on) => onChange({ type: toggle(query.type, value, on) })}
        />
        {regions.length > 0 && (
          <OptionFilter label={t("filters.region")} anyLabel={t("filters.anyRegion")} options={regions} value={query.region} onChange={(region) => onChange({ region })} />
        )}
        <OptionFilter label={t("filters.rep")} anyLabel={t("filters.anyRep")} options={reps} value={query.rep} onChange={(rep) => onChange({ rep })} />
        {tags.length > 0 && (
          <OptionFilter label={t("filters.tag")} anyLabel={t("filters.anyTag")} options={tags} value={query.tag} onChange={(tag) => onChange({ tag })} />
        )}
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
    </div>
  );
}

/** A one-of filter over org data (region, rep, tag); the first option means "any". */
function OptionFilter({
  label,
  anyLabel,
  options,
  value,
  onChange,
}: {
  label: string;
  anyLabel: string;
  options: Option[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <select aria-label={label} className={toolbarSelect(!!value)} value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)}>
      <option value="">{anyLabel}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** Search as you type, debounced; Enter searches at once. */
function SearchBox({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const t = useTranslations("customerList");
  const [value, setValue] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const search = (q: string, delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onSearch(q.trim()), delay);
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
        className="block h-8 w-full rounded-md border border-zinc-300 bg-white pl-8 pr-2 text-sm placeholder:text-zinc-400 focus:border-accent-500 focus:outline-none focus:ring-2 focus:ring-accent-500/30 dark:border-zinc-700 dark:bg-zinc-900"
      />
    </div>
  );
}

