"use client";

import { useFormatter, useNow, useTranslations } from "next-intl";
import { useState } from "react";
import type { CustomerOption } from "@/components/customers/customer-combobox";
import { CustomerFilter } from "@/components/lists/customer-filter";
import { ClearFiltersButton, KeysetListBody, KeysetListPages } from "@/components/lists/keyset-list";
import { ListEmptyState } from "@/components/lists/list-states";
import { SearchBox } from "@/components/lists/list-toolbar";
import { rowLink } from "@/components/lists/row-link-props";
import { type ListPage, useListView } from "@/components/lists/use-list-view";
import { Badge } from "@/components/ui/card";
import { Select } from "@/components/ui/input";
import { Td, Th } from "@/components/ui/table";
import type { WorkListRow } from "@/lib/work-items/list-work-items";
import {
  hasWorkFilters,
  parseWorkQuery,
  WORK_ITEM_KINDS,
  WORK_ITEM_STATUSES,
  WORK_SORTS,
  type WorkQuery,
  workListSearch,
} from "@/lib/work-items/list-params";
import { isClosedStatus } from "@/lib/work-items/schemas";

/** Typing pauses this long before the list searches. */

/**
 * The task and issue list (the app's one list pattern): the URL holds the view, the server renders
 * the first page, later views come from tasks/data through the same verb and guard.
 */
export function WorkList({
  orgSlug,
  initial,
  members,
  customer: initialCustomer,
  canCreate,
}: {
  orgSlug: string;
  initial: { search: string; page: ListPage<WorkListRow> };
  members: { id: string; name: string }[];
  /** The customer the URL filters by, named (the server looked it up). */
  customer: CustomerOption | null;
  canCreate: boolean;
}) {
  const t = useTranslations("tasks.list");
  const kinds = useTranslations("tasks.kinds");
  const statuses = useTranslations("tasks.statuses");
  const priorities = useTranslations("tasks.priorities");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const base = `/${orgSlug}/tasks`;
  const list = useListView({ endpoint: `${base}/data`, initial, parse: parseWorkQuery, canonical: workListSearch });
  const { view, page } = list;
  const filtered = hasWorkFilters(view);
  const [customer, setCustomer] = useState<CustomerOption | null>(initialCustomer);
  const navigate = (changes: Partial<WorkQuery>, mode: "push" | "typing" = "push") => list.go(workListSearch(view, changes), mode);
  const clear = () => {
    setCustomer(null);
    navigate({ kind: undefined, status: undefined, assignee: undefined, customer: undefined, mine: false, overdue: false, q: undefined });
  };
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="space-y-3">
      <div role="group" aria-label={t("filters.label")} className="flex flex-wrap items-center gap-2">
        <SearchBox label={t("search")} placeholder={t("search")} current={view.q ?? ""} onSearch={(q) => navigate({ q: q || undefined }, "typing")} />
        <Select
          aria-label={t("filters.kind")}
          value={view.kind ?? ""}
          onChange={(e) => navigate({ kind: (e.target.value || undefined) as WorkQuery["kind"] })}
          className="h-8 w-auto"
        >
          <option value="">{t("filters.allKinds")}</option>
          {WORK_ITEM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kinds(kind)}
            </option>
          ))}
        </Select>
        <Select
          aria-label={t("filters.status")}
          value={view.status ?? ""}
          onChange={(e) => navigate({ status: (e.target.value || undefined) as WorkQuery["status"] })}
          className="h-8 w-auto"
        >
          <option value="">{t("filters.allStatuses")}</option>
          {WORK_ITEM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statuses(status)}
            </option>
          ))}
        </Select>
        <Select
          aria-label={t("filters.assignee")}
          value={view.assignee ?? ""}
          onChange={(e) => navigate({ assignee: e.target.value || undefined })}
          className="h-8 w-auto max-w-48"
        >
          <option value="">{t("filters.anyone")}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
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
        <label className="inline-flex items-center gap-1.5 text-sm">
          <input type="checkbox" checked={view.mine} onChange={(e) => navigate({ mine: e.target.checked })} className="accent-accent-600" />
          {t("filters.mine")}
        </label>
        <label className="inline-flex items-center gap-1.5 text-sm">
          <input type="checkbox" checked={view.overdue} onChange={(e) => navigate({ overdue: e.target.checked })} className="accent-accent-600" />
          {t("filters.overdue")}
        </label>
        <Select
          aria-label={t("filters.sort")}
          value={view.sort}
          onChange={(e) => navigate({ sort: e.target.value as WorkQuery["sort"] })}
          className="h-8 w-auto"
        >
          {WORK_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sorts.${sort}`)}
            </option>
          ))}
        </Select>
        <ClearFiltersButton shown={filtered} label={t("filters.clear")} onClear={clear} />
      </div>
      <KeysetListBody
        list={list}
        label={t("title")}
        head={
          <>
            <Th>{t("columns.title")}</Th>
            <Th className="hidden @md:table-cell">{t("columns.customer")}</Th>
            <Th className="hidden @xl:table-cell">{t("columns.assignee")}</Th>
            <Th className="hidden @2xl:table-cell">{t("columns.priority")}</Th>
            <Th>{t("columns.due")}</Th>
            <Th>{t("columns.status")}</Th>
          </>
        }
        rows={page.rows.map((row) => {
          const overdue = !isClosedStatus(row.status) && row.dueAt !== null && new Date(row.dueAt) < now;
          return (
            <tr key={row.id} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/60">
              <Td className="max-w-[14rem] truncate">
                <a {...rowLink(`${base}/${row.id}`)} className="font-medium hover:underline">
                  {row.title}
                </a>
                <span className="block text-xs text-zinc-500">{kinds(row.kind)}</span>
              </Td>
              <Td className="hidden max-w-[12rem] truncate @md:table-cell">
                {row.customerId && row.customerName ? (
                  <a {...rowLink(`/${orgSlug}/customers/${row.customerId}`)} className="hover:underline">
                    {row.customerName}
                  </a>
                ) : (
                  <span className="text-zinc-400">—</span>
                )}
              </Td>
              <Td className="hidden max-w-[10rem] truncate @xl:table-cell">{row.assigneeName ?? <span className="text-zinc-400">—</span>}</Td>
              <Td className="hidden @2xl:table-cell">{priorities(row.priority)}</Td>
              <Td className="min-w-[6.5rem]">
                {row.dueAt ? when(row.dueAt) : <span className="text-zinc-400">—</span>}
                {overdue && (
                  <span className="ml-1.5">
                    <Badge tone="danger">{t("filters.overdue")}</Badge>
                  </span>
                )}
              </Td>
              <Td>
                <Badge tone={row.status === "done" ? "accent" : "neutral"}>{statuses(row.status)}</Badge>
              </Td>
            </tr>
          );
        })}
        empty={
          <ListEmptyState
            filtered={filtered}
            noMatch={{ title: t("empty.filteredTitle"), body: t("empty.filteredBody"), clearLabel: t("filters.clear"), onClear: clear }}
            empty={{
              title: t("empty.title"),
              body: t("empty.body"),
              action: canCreate ? { href: `${base}/new`, label: t("new"), variant: "primary" } : null,
            }}
          />
        }
      />
      <KeysetListPages
        list={list}
        base={base}
        labels={{ label: t("pagination.label"), first: t("pagination.first"), next: t("pagination.next") }}
        firstSearch={view.after ? workListSearch(view) : null}
        nextSearch={page.nextCursor ? workListSearch(view, { after: page.nextCursor }) : null}
      />
    </div>
  );
}
