"use client";

import { useTable } from "@tanstack/react-table";
import { ChevronRight, ChevronsLeft, X } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useMemo, useOptimistic, useTransition } from "react";
import { CheckMenu, toolbarSelect } from "@/components/customers/list/check-menu";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { SERVICE_STATUSES } from "@/lib/service/status";
import { CustomerPicker } from "../form/customer-picker";
import { type ServiceListQuery, serviceListSearch } from "./list-params";
import { columns, features, type Row } from "./service-columns";
import { ServiceTable } from "./service-table";

type Option = { id: string; label: string };

const dateInput =
  "h-8 rounded-md border border-zinc-300 bg-white px-2 text-sm focus:border-accent-500 focus:outline-none focus:ring-2 focus:ring-accent-500/30 dark:border-zinc-700 dark:bg-zinc-900";

const getRowId = (row: Row) => row.id;

/**
 * The Service list: the URL holds the view (filters, page), the server renders the rows for it,
 * and every control here only rewrites the URL, answering at once through an optimistic copy.
 */
export function ServiceList({
  orgSlug,
  query,
  rows,
  nextHref,
  firstHref,
  filtered,
  types,
  members,
  customer,
  canCreate,
}: {
  orgSlug: string;
  query: ServiceListQuery;
  rows: Row[];
  nextHref: string | null;
  firstHref: string | null;
  filtered: boolean;
  types: Option[];
  members: Option[];
  /** The customer the list is filtered by, named for the picker. */
  customer: { id: string; name: string } | null;
  canCreate: boolean;
}) {
  const t = useTranslations("service.list");
  const statuses = useTranslations("service.statuses");
  const router = useRouter();
  const pathname = usePathname();
  const hintId = useId();
  const [pending, startTransition] = useTransition();
  const [view, setView] = useOptimistic(query);

  function navigate(changes: Partial<ServiceListQuery>) {
    startTransition(() => {
      setView({ ...view, after: undefined, ...changes });
      router.replace(`${pathname}${serviceListSearch(view, changes)}`, { scroll: false });
    });
  }
  const clear = () => navigate({ status: [], type: undefined, assignee: undefined, customer: undefined, from: undefined, to: undefined });

  const meta = useMemo(() => ({ orgSlug }), [orgSlug]);
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
          onToggle={(value, on) => navigate({ status: on ? [...view.status.filter((s) => s !== value), value] : view.status.filter((s) => s !== value) })}
        />
        {types.length > 0 && (
          <select aria-label={t("filters.type")} className={toolbarSelect(!!view.type)} value={view.type ?? ""} onChange={(e) => navigate({ type: e.target.value || undefined })}>
            <option value="">{t("filters.anyType")}</option>
            {types.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        )}
        <select
          aria-label={t("filters.assignee")}
          className={toolbarSelect(!!view.assignee)}
          value={view.assignee ?? ""}
          onChange={(e) => navigate({ assignee: e.target.value || undefined })}
        >
          <option value="">{t("filters.anyAssignee")}</option>
          {members.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
        <div className="w-full sm:w-60">
          <CustomerPicker
            key={view.customer ?? "none"}
            orgSlug={orgSlug}
            compact
            aria-label={t("filters.customer")}
            value={view.customer && customer?.id === view.customer ? customer : null}
            onChange={(chosen) => navigate({ customer: chosen?.id })}
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
        {filtered && (
          <button
            type="button"
            onClick={clear}
            className="inline-flex h-8 items-center gap-1 rounded-md px-2 text-sm text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800"
          >
            <X className="size-3.5" aria-hidden />
            {t("filters.clear")}
          </button>
        )}
      </div>
      <div
        aria-busy={pending}
        className={cn(
          "@container overflow-hidden rounded-lg border border-zinc-200 bg-white transition-opacity dark:border-zinc-800 dark:bg-zinc-900",
          pending && "opacity-60",
        )}
      >
        {rows.length > 0 ? (
          <ServiceTable table={table} label={t("title")} hintId={hintId} onOpen={open} />
        ) : filtered ? (
          <EmptyState title={t("empty.filteredTitle")}>
            <p>{t("empty.filteredBody")}</p>
            <button type="button" onClick={clear} className="mt-3 text-accent-600 hover:underline">
              {t("filters.clear")}
            </button>
          </EmptyState>
        ) : (
          <EmptyState title={t("empty.title")}>
            <p>{t("empty.body")}</p>
            {canCreate && (
              <Link href={`/${orgSlug}/service/new`} className={cn(buttonClass("primary", "sm"), "mt-3")}>
                {t("newRecord")}
              </Link>
            )}
          </EmptyState>
        )}
      </div>
      <div className="flex items-center gap-3">
        {rows.length > 0 && (
          <p id={hintId} className="hidden text-xs text-zinc-500 md:block">
            {t("keyboardHint")}
          </p>
        )}
        {(firstHref || nextHref) && (
          <nav aria-label={t("pagination.label")} className="ml-auto flex items-center gap-2">
            {firstHref && (
              <Link href={firstHref} className={buttonClass("secondary", "sm")}>
                <ChevronsLeft className="size-4" aria-hidden />
                {t("pagination.first")}
              </Link>
            )}
            {nextHref && (
              <Link href={nextHref} className={buttonClass("secondary", "sm")}>
                {t("pagination.next")}
                <ChevronRight className="size-4" aria-hidden />
              </Link>
            )}
          </nav>
        )}
      </div>
    </div>
  );
}
