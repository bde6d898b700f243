"use client";

import { useTranslations } from "next-intl";
import { ClearFiltersButton, OptionFilter, SearchBox } from "@/components/lists/list-toolbar";
import type { HistoryMode } from "@/components/lists/use-list-view";
import { CONTACT_STATUSES, type ContactQuery } from "@/lib/contacts/list-params";

export function ContactToolbar({
  query,
  filtered,
  onChange,
  onClear,
}: {
  query: ContactQuery;
  filtered: boolean;
  onChange: (changes: Partial<ContactQuery>, mode?: HistoryMode) => void;
  onClear: () => void;
}) {
  const t = useTranslations("contactList");
  return (
    <div role="group" aria-label={t("filters.label")} className="flex flex-wrap items-center gap-2">
      <SearchBox
        label={t("search")}
        placeholder={t("searchPlaceholder")}
        current={query.q ?? ""}
        onSearch={(q) => onChange({ q: q || undefined }, "typing")}
      />
      <OptionFilter
        label={t("filters.status")}
        anyLabel={t("filters.all")}
        options={CONTACT_STATUSES.map((status) => ({ id: status, label: t(`filters.${status}`) }))}
        value={query.status}
        onChange={(status) => onChange({ status })}
      />
      {filtered && <ClearFiltersButton label={t("filters.clear")} onClick={onClear} />}
    </div>
  );
}
