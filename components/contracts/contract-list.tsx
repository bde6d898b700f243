"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import type { CustomerOption } from "@/components/customers/customer-combobox";
import { CustomerFilter } from "@/components/lists/customer-filter";
import { ClearFiltersButton, KeysetListBody, KeysetListPages } from "@/components/lists/keyset-list";
import { ListEmptyState } from "@/components/lists/list-states";
import { rowLink } from "@/components/lists/row-link-props";
import { type ListPage, useListView } from "@/components/lists/use-list-view";
import { Select } from "@/components/ui/input";
import { Td, Th } from "@/components/ui/table";
import type { ContractState } from "@/db/schema/enum-values";
import { CONTRACT_STATES, type ContractQuery, contractListSearch, hasContractFilters, parseContractQuery } from "@/lib/contracts/list-params";
import { CIVIL_DATE_FORMAT, civilDateValue } from "./contract-dates";
import { ContractStateBadge } from "./contract-state-badge";

export type ContractRow = {
  id: string;
  name: string;
  customerId: string;
  customerName: string;
  typeLabel: string;
  startsOn: string | null;
  endsOn: string | null;
  state: ContractState;
};

/** "Ending within" choices; any other N still works from the URL. */
const WITHIN = [7, 30, 60, 90];

/**
 * The contract list (the app's one list pattern): the URL holds the view, the server renders the
 * first page, later views come from contracts/data through the same verb and guard.
 */
export function ContractList({
  orgSlug,
  initial,
  types,
  customer: initialCustomer,
  canCreate,
}: {
  orgSlug: string;
  initial: { search: string; page: ListPage<ContractRow> };
  types: { id: string; label: string }[];
  /** The customer the URL filters by, named (the server looked it up). */
  customer: CustomerOption | null;
  canCreate: boolean;
}) {
  const t = useTranslations("contracts");
  const format = useFormatter();
  const base = `/${orgSlug}/contracts`;
  const list = useListView({ endpoint: `${base}/data`, initial, parse: parseContractQuery, canonical: contractListSearch });
  const { view, page } = list;
  const filtered = hasContractFilters(view);
  const [customer, setCustomer] = useState<CustomerOption | null>(initialCustomer);
  const navigate = (changes: Partial<ContractQuery>) => list.go(contractListSearch(view, changes), "push");
  const clear = () => {
    setCustomer(null);
    navigate({ state: [], type: undefined, customer: undefined, within: undefined });
  };
  const date = (value: string | null, empty: string) => (value ? format.dateTime(civilDateValue(value), CIVIL_DATE_FORMAT) : empty);

  return (
    <div className="space-y-3">
      <div role="group" aria-label={t("filters.label")} className="flex flex-wrap items-center gap-2">
        <Select
          aria-label={t("filters.state")}
          value={view.state[0] ?? ""}
          onChange={(e) => navigate({ state: e.target.value ? [e.target.value as ContractState] : [] })}
          className="w-auto"
        >
          <option value="">{t("filters.allStates")}</option>
          {CONTRACT_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`states.${s}`)}
            </option>
          ))}
        </Select>
        <Select
          aria-label={t("filters.type")}
          value={view.type ?? ""}
          onChange={(e) => navigate({ type: e.target.value || undefined })}
          className="w-auto"
        >
          <option value="">{t("filters.allTypes")}</option>
          {types.map((type) => (
            <option key={type.id} value={type.id}>
              {type.label}
            </option>
          ))}
        </Select>
        <Select
          aria-label={t("filters.within")}
          value={view.within === undefined ? "" : String(view.within)}
          onChange={(e) => navigate({ within: e.target.value === "" ? undefined : Number(e.target.value) })}
          className="w-auto"
        >
          <option value="">{t("filters.anyEnd")}</option>
          {[...new Set([...WITHIN, ...(view.within === undefined ? [] : [view.within])])]
            .sort((a, b) => a - b)
            .map((days) => (
              <option key={days} value={days}>
                {t("filters.within")}: {t("filters.withinDays", { days })}
              </option>
            ))}
        </Select>
        <CustomerFilter
          orgSlug={orgSlug}
          label={t("filters.customer")}
          value={view.customer ? customer : null}
          onChange={(value) => {
            setCustomer(value);
            navigate({ customer: value?.id });
          }}
        />
        <ClearFiltersButton shown={filtered} label={t("filters.clear")} onClear={clear} />
      </div>
      <KeysetListBody
        list={list}
        label={t("title")}
        head={
          <>
            <Th>{t("columns.name")}</Th>
            <Th className="hidden @md:table-cell">{t("columns.customer")}</Th>
            <Th className="hidden @xl:table-cell">{t("columns.type")}</Th>
            <Th className="hidden @2xl:table-cell">{t("columns.start")}</Th>
            <Th>{t("columns.end")}</Th>
            <Th>{t("columns.state")}</Th>
          </>
        }
        rows={page.rows.map((row) => (
          <tr key={row.id} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/60">
            <Td className="max-w-[12rem] truncate">
              <a {...rowLink(`${base}/${row.id}`)} className="font-medium hover:underline">
                {row.name}
              </a>
            </Td>
            <Td className="hidden max-w-[14rem] truncate @md:table-cell">
              <a {...rowLink(`/${orgSlug}/customers/${row.customerId}`)} className="hover:underline">
                {row.customerName}
              </a>
            </Td>
            <Td className="hidden @xl:table-cell">{row.typeLabel}</Td>
            <Td className="hidden whitespace-nowrap @2xl:table-cell">{date(row.startsOn, t("notStarted"))}</Td>
            <Td className="whitespace-nowrap">{date(row.endsOn, t("openEnded"))}</Td>
            <Td>
              <ContractStateBadge state={row.state} />
            </Td>
          </tr>
        ))}
        empty={
          <ListEmptyState
            filtered={filtered}
            noMatch={{ title: t("empty.filteredTitle"), body: t("empty.filteredBody"), clearLabel: t("filters.clear"), onClear: clear }}
            empty={{
              title: t("empty.title"),
              body: t("empty.body"),
              action: canCreate ? { href: `${base}/new`, label: t("newContract"), variant: "primary" } : null,
            }}
          />
        }
      />
      <KeysetListPages
        list={list}
        base={base}
        labels={{ label: t("pagination.label"), first: t("pagination.first"), next: t("pagination.next") }}
        firstSearch={view.after ? contractListSearch(view) : null}
        nextSearch={page.nextCursor ? contractListSearch(view, { after: page.nextCursor }) : null}
      />
    </div>
  );
}
