"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { ExportMenu } from "@/components/exports/export-menu";
import { ListCount } from "@/components/lists/list-count";
import { customerListSearch, DEFAULT_COLUMNS, parseCustomerQuery } from "@/lib/customers/list-params";
import { COUNT_CAP, type CappedCount } from "@/lib/search/count-cap";
import { firstValues } from "@/lib/search/first-values";

// The page header's parts that follow the list's view as it changes without a page render.

function useCurrentQuery() {
  return parseCustomerQuery(firstValues(useSearchParams()));
}

/** "1,234 customers" for the current filters (paging and columns do not change it). */
export function CustomerCount({ orgSlug, initial }: { orgSlug: string; initial: { key: string; value: { count: CappedCount } } }) {
  const t = useTranslations("customerList");
  const query = useCurrentQuery();
  return (
    <ListCount
      endpoint={`/${orgSlug}/customers/data/count`}
      countSearch={customerListSearch({ ...query, cols: [...DEFAULT_COLUMNS] })}
      initial={initial}
      label={(count) => (typeof count === "number" ? t("count", { count }) : t("countCapped", { count: COUNT_CAP }))}
    />
  );
}

/** Export the current view: its filters, sort and columns, every page. */
export function CustomerExportMenu({ orgSlug }: { orgSlug: string }) {
  const t = useTranslations("customerList");
  const query = useCurrentQuery();
  return <ExportMenu href={`/${orgSlug}/customers/export${customerListSearch(query)}`} label={t("export")} hint={t("exportHint")} />;
}
