"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { ListCount } from "@/components/lists/list-count";
import { parseServiceQuery, serviceListSearch } from "@/lib/service/list-params";
import { COUNT_CAP, type CappedCount } from "@/lib/search/count-cap";
import { firstValues } from "@/lib/search/first-values";

/** "1,234 records" in the page header for the current filters, following the list's view. */
export function ServiceCount({ orgSlug, initial }: { orgSlug: string; initial: { key: string; value: { count: CappedCount } } }) {
  const t = useTranslations("service.list");
  const query = parseServiceQuery(firstValues(useSearchParams()));
  return (
    <ListCount
      endpoint={`/${orgSlug}/service/data/count`}
      countSearch={serviceListSearch(query)}
      initial={initial}
      label={(count) => (typeof count === "number" ? t("count", { count }) : t("countCapped", { count: COUNT_CAP }))}
    />
  );
}
