"use client";

import { useTable } from "@tanstack/react-table";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { CheckMenu } from "@/components/lists/check-menu";
import { ListEmptyState, ListFooter, ListFrame } from "@/components/lists/list-states";
import { ClearFiltersButton, OptionFilter, toggleValue } from "@/components/lists/list-toolbar";
import { type ListPage, useListView } from "@/components/lists/use-list-view";
import {
  hasServiceFilters,
  parseServiceQuery,
  type ServiceQuery,
  serviceListSearch,
  serviceRowsSearch,
  SLA_LIST_FILTERS,
} from "@/lib/service/list-params";
import { SERVICE_STATUSES } from "@/lib/service/status";
import { CustomerPicker } from "../form/customer-picker";
import { columns, features, type Row } from "./service-columns";
import { ServiceTable } from "./service-table";

type Option = { id: string; label: string };

const dateInput =
  "h-8 rounded-md border border-zinc-300 bg-white px-2 text-sm focus:border-accent-500 focus:outline-none focus:ring-2 focus:ring-accent-500/30 dark:border-zinc-700 dark:bg-zinc-900";

const getRowId = (row: Row) => row.id;

/**
 * The Service list: the URL holds the view (filters, page). The server renders the first page;
 * after that every control rewrites the URL and the rows come from the list's data route
 * (useListView).
 */
export function ServiceList({
  orgSlug,
  initial,
  types,
  members,
  customer,
  canCreate,
}: {
  orgSlug: string;
  /** The server render's view and rows; one prop object, so it stays the same object until the next render. */
  initial: { search: string; page: ListPage<Row> };
  types: Option[];
  members: Option[];
  /** The customer the first view is filtered by, named for the picker. */
  customer: { id: string; name: string } | null;
  canCreate: boolean;
}) {
  const t = useTranslations("service.list");
  const statuses = useTranslations("service.statuses");
  const common = useTranslations("common");
  const router = useRouter();
  const hintId = useId();
  const base = `/${orgSlug}/service`;
  const list = useListView({ endpoint: `${base}/data`, initial, parse: parseServiceQuery, canonical: serviceRowsSearch });
  const { view, page } = list;
  const rows = page.rows;
  const filtered = hasServiceFilters(view);
  // Names of the customers filtered by so far, so Back to an earlier customer filter still names it.
  const [customerNames, setCustomerNames] = useState<Record<string, string>>(() => (customer ? { [customer.id]: customer.name } : {}));
  const filteredCustomer = view.customer && customerNames[view.customer] ? { id: view.customer, name: customerNames[view.customer]! } : null;

  const navigate = (changes: Partial<ServiceQuery>) => list.go(serviceListSearch(view, changes), "push");
  const clear = () =>
    navigate({ status: [], type: undefined, assignee: undefined, customer: undefined, from: undefined, to: undefined, sla: undefined });

  // The cells' translations and formatter, once per list rather than once per cell.
  const columnLabel = useTranslations("service.list.columns");
  const responses = useTranslations("service.responses");
  const slaText = useTranslations("service.sla");
  const format = useFormatter();
  const meta = useMemo(
    // A new "now" with every page of rows: time left is as of when the rows arrived.
    () => ({ orgSlug, text: { column: columnLabel, status: statuses, response: responses, sla: slaText, format, now: new Date() } }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `rows` is the trigger for a fresh "now", not an input
    [orgSlug, columnLabel, statuses, responses, slaText, format, rows],
  );
  const table = useTable({ features, columns, data: rows, getRowId, meta });
  const open = (id: string) => router.push(`/${orgSlug}/service/${id}`);

  return (
    <div className="space-y-3">
      <div role="group" aria-label={t("filters.label")} className="flex flex-wrap items-center gap-2">
        <CheckMenu
          label={t("filters.status")}
          options={SERVICE_STATUSES.map((s) => ({ value: s, label: statuses(s) }))}
          checked={view.status}
          count={view.status.length}
          onToggle={(value, on) => navigate({ status: toggleValue(view.status, value, on) })}
        />
        {types.length > 0 && (
          <OptionFilter
            label={t("filters.type")}
            anyLabel={t("filters.anyType")}
            options={types}
            value={view.type}
            onChange={(type) => navigate({ type })}
          />
        )}
        <OptionFilter
          label={t("filters.sla")}
          anyLabel={t("filters.anySla")}
          options={SLA_LIST_FILTERS.map((id) => ({ id, label: t(`filters.${id}`) }))}
          value={view.sla}
          onChange={(sla) => navigate({ sla })}
        />
        <OptionFilter
          label={t("filters.assignee")}
          anyLabel={t("filters.anyAssignee")}
          options={members}
          value={view.assignee}
          onChange={(assignee) => navigate({ assignee })}
        />
        <div className="w-full sm:w-60">
          <CustomerPicker
            key={view.customer ?? "none"}
            orgSlug={orgSlug}
            compact
            aria-label={t("filters.customer")}
            value={filteredCustomer}
            onChange={(chosen) => {
              if (chosen) setCustomerNames((names) => ({ ...names, [chosen.id]: chosen.name }));
              navigate({ customer: chosen?.id });
            }}
          />
        </div>
        <label className="flex items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-400">
          <span className="sr-only sm:not-sr-only">{t("filters.from")}</span>
          <input
            type="date"
            aria-label={t("filters.from")}
            className={dateInput}
            value={view.from ?? ""}
            max={view.to}
            onChange={(e) => navigate({ from: e.target.value || undefined })}
          />
        </label>
        <label className="flex items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-400">
          <span className="sr-only sm:not-sr-only">{t("filters.to")}</span>
          <input
            type="date"
            aria-label={t("filters.to")}
            className={dateInput}
            value={view.to ?? ""}
            min={view.from}
            onChange={(e) => navigate({ to: e.target.value || undefined })}
          />
        </label>
        {filtered && <ClearFiltersButton label={t("filters.clear")} onClick={clear} />}
      </div>
      <ListFrame
        pending={list.pending}
        failure={list.failed ? { message: common("listLoadFailed"), retryLabel: common("retry"), onRetry: list.retry } : null}
      >
        {rows.length > 0 ? (
          <ServiceTable table={table} label={t("title")} hintId={hintId} onOpen={open} />
        ) : (
          <ListEmptyState
            filtered={filtered}
            noMatch={{ title: t("empty.filteredTitle"), body: t("empty.filteredBody"), clearLabel: t("filters.clear"), onClear: clear }}
            empty={{
              title: t("empty.title"),
              body: t("empty.body"),
              action: canCreate ? { href: `/${orgSlug}/service/new`, label: t("newRecord"), variant: "primary" } : null,
            }}
          />
        )}
      </ListFrame>
      <ListFooter
        hint={rows.length > 0 ? { id: hintId, text: t("keyboardHint") } : null}
        labels={{ label: t("pagination.label"), first: t("pagination.first"), next: t("pagination.next") }}
        firstHref={view.after ? `${base}${serviceListSearch(view)}` : null}
        nextHref={page.nextCursor ? `${base}${serviceListSearch(view, { after: page.nextCursor })}` : null}
        onNavigate={(href) => {
          list.go(href.slice(base.length), "push");
          window.scrollTo({ top: 0 });
        }}
      />
    </div>
  );
}
