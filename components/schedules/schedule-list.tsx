"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ClearFiltersButton, KeysetListBody, KeysetListPages } from "@/components/lists/keyset-list";
import { ListEmptyState } from "@/components/lists/list-states";
import { rowLink } from "@/components/lists/row-link-props";
import { type ListPage, useListView } from "@/components/lists/use-list-view";
import { Select } from "@/components/ui/input";
import { Td, Th } from "@/components/ui/table";
import type { ScheduleHolidayMove } from "@/db/schema/enum-values";
import { describeRecurrence } from "@/lib/schedules/describe-recurrence";
import {
  hasScheduleFilters,
  parseScheduleQuery,
  SCHEDULE_LIST_STATES,
  type ScheduleListState,
  type ScheduleQuery,
  scheduleListSearch,
  scheduleStateOf,
} from "@/lib/schedules/list-params";
import { readRecurrence } from "@/lib/schedules/recurrence";

export type ScheduleRow = {
  id: string;
  title: string;
  customerId: string;
  customerName: string;
  rrule: string;
  holidayMove: ScheduleHolidayMove;
  pausedAt: Date | string | null;
  nextDueAt: Date | string | null;
};

/** The schedule list (the app's one list pattern): the URL holds the view, later views come from schedules/data. */
export function ScheduleList({
  orgSlug,
  initial,
  canCreate,
}: {
  orgSlug: string;
  initial: { search: string; page: ListPage<ScheduleRow> };
  canCreate: boolean;
}) {
  const t = useTranslations("schedules");
  const format = useFormatter();
  const base = `/${orgSlug}/schedules`;
  const list = useListView({ endpoint: `${base}/data`, initial, parse: parseScheduleQuery, canonical: scheduleListSearch });
  const { view, page } = list;
  const filtered = hasScheduleFilters(view);
  const navigate = (changes: Partial<ScheduleQuery>) => list.go(scheduleListSearch(view, changes), "push");
  const clear = () => navigate({ state: undefined, customer: undefined });
  const rule = (row: ScheduleRow) =>
    describeRecurrence(
      readRecurrence(row.rrule, row.holidayMove),
      (key, values) => t(`recurrence.${key}`, values),
      (d, o) => format.dateTime(d, o),
    );

  return (
    <div className="space-y-3">
      <div role="group" aria-label={t("filters.label")} className="flex flex-wrap items-center gap-2">
        <Select
          aria-label={t("filters.state")}
          value={view.state ?? ""}
          onChange={(e) => navigate({ state: (e.target.value || undefined) as ScheduleListState | undefined })}
          className="w-auto"
        >
          <option value="">{t("filters.allStates")}</option>
          {SCHEDULE_LIST_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`states.${s}`)}
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
            <Th className="hidden @xl:table-cell">{t("columns.repeats")}</Th>
            <Th>{t("columns.next")}</Th>
            <Th>{t("columns.state")}</Th>
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
            <Td className="hidden @xl:table-cell">{rule(row)}</Td>
            <Td className="whitespace-nowrap">
              {row.nextDueAt && !row.pausedAt ? format.dateTime(new Date(row.nextDueAt), { dateStyle: "medium" }) : "—"}
            </Td>
            <Td>{t(`states.${scheduleStateOf(row)}`)}</Td>
          </tr>
        ))}
        empty={
          <ListEmptyState
            filtered={filtered}
            noMatch={{ title: t("empty.filteredTitle"), body: t("empty.filteredBody"), clearLabel: t("filters.clear"), onClear: clear }}
            empty={{
              title: t("empty.title"),
              body: t("empty.body"),
              action: canCreate ? { href: `${base}/new`, label: t("newSchedule"), variant: "primary" } : null,
            }}
          />
        }
      />
      <KeysetListPages
        list={list}
        base={base}
        labels={{ label: t("pagination.label"), first: t("pagination.first"), next: t("pagination.next") }}
        firstSearch={view.after ? scheduleListSearch(view) : null}
        nextSearch={page.nextCursor ? scheduleListSearch(view, { after: page.nextCursor }) : null}
      />
    </div>
  );
}
