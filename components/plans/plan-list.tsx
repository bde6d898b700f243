"use client";

import { useTranslations } from "next-intl";
import { ClearFiltersButton, KeysetListBody, KeysetListPages } from "@/components/lists/keyset-list";
import { ListEmptyState } from "@/components/lists/list-states";
import { rowLink } from "@/components/lists/row-link-props";
import { type ListPage, useListView } from "@/components/lists/use-list-view";
import { Select } from "@/components/ui/input";
import { Td, Th } from "@/components/ui/table";
import type { PlanBillingMethod, PlanBillingPeriod } from "@/db/schema/enum-values";
import { PLAN_BILLING_METHODS, type PlanQuery, hasPlanFilters, parsePlanQuery, planListSearch } from "@/lib/plans/list-params";
import { planDuration } from "./duration";

export type PlanRow = {
  id: string;
  title: string;
  customerId: string;
  customerName: string;
  billingMethod: PlanBillingMethod;
  billingPeriod: PlanBillingPeriod;
  includedMinutes: number;
  archivedAt: string | Date | null;
};

/**
 * The plan list (the app's one list pattern): the URL holds the view, the server renders the
 * first page, later views come from plans/data through the same verb and guard.
 */
export function PlanList({
  orgSlug,
  initial,
  canCreate,
}: {
  orgSlug: string;
  initial: { search: string; page: ListPage<PlanRow> };
  canCreate: boolean;
}) {
  const t = useTranslations("plans");
  const base = `/${orgSlug}/plans`;
  const list = useListView({ endpoint: `${base}/data`, initial, parse: parsePlanQuery, canonical: planListSearch });
  const { view, page } = list;
  const filtered = hasPlanFilters(view);
  const navigate = (changes: Partial<PlanQuery>) => list.go(planListSearch(view, changes), "push");
  const clear = () => navigate({ method: undefined, customer: undefined, archived: undefined });

  return (
    <div className="space-y-3">
      <div role="group" aria-label={t("filters.label")} className="flex flex-wrap items-center gap-2">
        <Select
          aria-label={t("list.filterMethod")}
          value={view.method ?? ""}
          onChange={(e) => navigate({ method: (e.target.value || undefined) as PlanBillingMethod | undefined })}
          className="w-auto"
        >
          <option value="">{t("list.allMethods")}</option>
          {PLAN_BILLING_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`methods.${m}`)}
            </option>
          ))}
        </Select>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4"
            checked={!!view.archived}
            onChange={(e) => navigate({ archived: e.target.checked || undefined })}
          />
          {t("list.showArchived")}
        </label>
        <ClearFiltersButton shown={filtered} label={t("filters.clear")} onClear={clear} />
      </div>
      <KeysetListBody
        list={list}
        label={t("title")}
        head={
          <>
            <Th>{t("list.columns.title")}</Th>
            <Th className="hidden @md:table-cell">{t("list.columns.customer")}</Th>
            <Th className="hidden @xl:table-cell">{t("list.columns.method")}</Th>
            <Th className="hidden @2xl:table-cell">{t("list.columns.period")}</Th>
            <Th>{t("list.columns.included")}</Th>
            <Th>{t("list.columns.status")}</Th>
          </>
        }
        rows={page.rows.map((row) => (
          <tr key={row.id} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/60">
            <Td className="max-w-[14rem] truncate">
              <a {...rowLink(`${base}/${row.id}`)} className="font-medium hover:underline">
                {row.title}
              </a>
            </Td>
            <Td className="hidden max-w-[14rem] truncate @md:table-cell">
              <a {...rowLink(`/${orgSlug}/customers/${row.customerId}`)} className="hover:underline">
                {row.customerName}
              </a>
            </Td>
            <Td className="hidden @xl:table-cell">{t(`methods.${row.billingMethod}`)}</Td>
            <Td className="hidden @2xl:table-cell">{t(`periods.${row.billingPeriod}`)}</Td>
            <Td className="whitespace-nowrap">{row.includedMinutes > 0 ? planDuration(t, row.includedMinutes) : "—"}</Td>
            <Td>{row.archivedAt ? t("list.archived") : t("list.active")}</Td>
          </tr>
        ))}
        empty={
          <ListEmptyState
            filtered={filtered}
            noMatch={{ title: t("emptyState.filteredTitle"), body: t("emptyState.filteredBody"), clearLabel: t("filters.clear"), onClear: clear }}
            empty={{
              title: t("emptyState.title"),
              body: t("emptyState.body"),
              action: canCreate ? { href: `${base}/new`, label: t("newPlan"), variant: "primary" } : null,
            }}
          />
        }
      />
      <KeysetListPages
        list={list}
        base={base}
        labels={{ label: t("pagination.label"), first: t("pagination.first"), next: t("pagination.next") }}
        firstSearch={view.after ? planListSearch(view) : null}
        nextSearch={page.nextCursor ? planListSearch(view, { after: page.nextCursor }) : null}
      />
    </div>
  );
}
