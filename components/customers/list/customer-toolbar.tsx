"use client";

import type { ReactTable } from "@tanstack/react-table";
import { Columns3 } from "lucide-react";
import { useTranslations } from "next-intl";
import { ClearFiltersButton, OptionFilter, SearchBox, toggleValue } from "@/components/lists/list-toolbar";
import type { CustomerQuery as ListQuery, ListColumn } from "@/lib/customers/list-params";
import { CheckMenu, toolbarSelect } from "@/components/lists/check-menu";
import type { HistoryMode } from "@/components/lists/use-list-view";
import type { Features, Row } from "./customer-columns";

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
  /** Changes when the filters are cleared, so the search box forgets what was typed and any search still waiting. */
  searchKey: number;
  onChange: (changes: Partial<ListQuery>, mode?: HistoryMode) => void;
  onClear: () => void;
}) {
  const t = useTranslations("customerList");
  const columnLabel = useTranslations("customerList.columns");
  const lifecycle = useTranslations("lifecycle");
  const customerTypes = useTranslations("customerTypes");

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <SearchBox
          key={searchKey}
          label={t("search")}
          placeholder={t("searchPlaceholder")}
          current={query.q ?? ""}
          onSearch={(q) => onChange({ q: q || undefined }, "typing")}
        />
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
          onToggle={(value, on) => onChange({ status: toggleValue(query.status, value, on) })}
        />
        <CheckMenu
          label={t("filters.type")}
          options={types.map((s) => ({ value: s, label: customerTypes(s) }))}
          checked={query.type}
          count={query.type.length}
          onToggle={(value, on) => onChange({ type: toggleValue(query.type, value, on) })}
        />
        {regions.length > 0 && (
          <OptionFilter
            label={t("filters.region")}
            anyLabel={t("filters.anyRegion")}
            options={regions}
            value={query.region}
            onChange={(region) => onChange({ region })}
          />
        )}
        <OptionFilter
          label={t("filters.rep")}
          anyLabel={t("filters.anyRep")}
          options={reps}
          value={query.rep}
          onChange={(rep) => onChange({ rep })}
        />
        {tags.length > 0 && (
          <OptionFilter
            label={t("filters.tag")}
            anyLabel={t("filters.anyTag")}
            options={tags}
            value={query.tag}
            onChange={(tag) => onChange({ tag })}
          />
        )}
        {filtered && <ClearFiltersButton label={t("filters.clear")} onClick={onClear} />}
      </div>
    </div>
  );
}
