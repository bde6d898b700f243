"use client";

import { useFormatter, useTranslations } from "next-intl";
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
import type { MeetingListRow } from "@/lib/meeting-notes/list-meeting-notes";
import { hasMeetingFilters, MEETING_OUTCOMES, type MeetingQuery, meetingListSearch, parseMeetingQuery } from "@/lib/meeting-notes/list-params";

/** Typing pauses this long before the list searches. */

/**
 * The meeting-note list (SPEC W5) on the one list pattern: the URL holds the view, the server
 * renders the first page, later views come from meetings/data through the same verb and guard.
 */
export function MeetingList({
  orgSlug,
  initial,
  members,
  customer: initialCustomer,
  canCreate,
}: {
  orgSlug: string;
  initial: { search: string; page: ListPage<MeetingListRow> };
  members: { id: string; name: string }[];
  /** The customer the URL filters by, named (the server looked it up). */
  customer: CustomerOption | null;
  canCreate: boolean;
}) {
  const t = useTranslations("meetings");
  const format = useFormatter();
  const base = `/${orgSlug}/meetings`;
  const list = useListView({ endpoint: `${base}/data`, initial, parse: parseMeetingQuery, canonical: meetingListSearch });
  const { view, page } = list;
  const filtered = hasMeetingFilters(view);
  const [customer, setCustomer] = useState<CustomerOption | null>(initialCustomer);
  const navigate = (changes: Partial<MeetingQuery>, mode: "push" | "typing" = "push") => list.go(meetingListSearch(view, changes), mode);
  const clear = () => {
    setCustomer(null);
    navigate({ customer: undefined, participant: undefined, mine: false, q: undefined, outcome: undefined, from: undefined, to: undefined });
  };
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="space-y-3">
      <div role="group" aria-label={t("list.filters.label")} className="flex flex-wrap items-center gap-2">
        <SearchBox
          label={t("list.search")}
          placeholder={t("list.search")}
          current={view.q ?? ""}
          onSearch={(q) => navigate({ q: q || undefined }, "typing")}
        />
        <Select
          aria-label={t("list.filters.outcome")}
          value={view.outcome ?? ""}
          onChange={(e) => navigate({ outcome: (e.target.value || undefined) as MeetingQuery["outcome"] })}
          className="h-8 w-auto"
        >
          <option value="">{t("list.filters.allOutcomes")}</option>
          {MEETING_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t(`outcomes.${outcome}`)}
            </option>
          ))}
        </Select>
        <Select
          aria-label={t("list.filters.participant")}
          value={view.participant ?? ""}
          onChange={(e) => navigate({ participant: e.target.value || undefined })}
          className="h-8 w-auto max-w-48"
        >
          <option value="">{t("list.filters.allParticipants")}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
        <CustomerFilter
          orgSlug={orgSlug}
          label={t("list.filters.customer")}
          value={view.customer ? customer : null}
          onChange={(value) => {
            setCustomer(value);
            navigate({ customer: value?.id });
          }}
        />
        <label className="inline-flex items-center gap-1.5 text-sm">
          <input type="checkbox" checked={view.mine} onChange={(e) => navigate({ mine: e.target.checked })} className="accent-accent-600" />
          {t("list.filters.mine")}
        </label>
        <ClearFiltersButton shown={filtered} label={t("list.filters.clear")} onClear={clear} />
      </div>
      <KeysetListBody
        list={list}
        label={t("title")}
        head={
          <>
            <Th>{t("list.columns.when")}</Th>
            <Th className="hidden @md:table-cell">{t("list.columns.customer")}</Th>
            <Th className="hidden @xl:table-cell">{t("list.columns.participants")}</Th>
            <Th>{t("list.columns.outcome")}</Th>
          </>
        }
        rows={page.rows.map((row) => (
          <tr key={row.id} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/60">
            <Td className="max-w-[16rem] truncate">
              <a {...rowLink(`${base}/${row.id}`)} className="font-medium hover:underline">
                {when(row.metAt)}
              </a>
              {/* The customer column is hidden on a phone: its name goes under the time there. */}
              {row.customerName && <span className="block truncate text-xs text-zinc-500 @md:hidden">{row.customerName}</span>}
              {row.summary && <span className="block truncate text-xs text-zinc-500">{row.summary.split(/\r?\n/, 1)[0]}</span>}
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
            <Td className="hidden max-w-[14rem] truncate @xl:table-cell">{row.participants.join(", ")}</Td>
            <Td>
              <Badge tone={row.outcome === "appointment" ? "accent" : "neutral"}>{t(`outcomes.${row.outcome}`)}</Badge>
            </Td>
          </tr>
        ))}
        empty={
          <ListEmptyState
            filtered={filtered}
            noMatch={{
              title: t("list.empty.filteredTitle"),
              body: t("list.empty.filteredBody"),
              clearLabel: t("list.filters.clear"),
              onClear: clear,
            }}
            empty={{
              title: t("list.empty.title"),
              body: t("list.empty.body"),
              action: canCreate ? { href: `${base}/new`, label: t("newNote"), variant: "primary" } : null,
            }}
          />
        }
      />
      <KeysetListPages
        list={list}
        base={base}
        labels={{ label: t("list.pagination.label"), first: t("list.pagination.first"), next: t("list.pagination.next") }}
        firstSearch={view.after ? meetingListSearch(view) : null}
        nextSearch={page.nextCursor ? meetingListSearch(view, { after: page.nextCursor }) : null}
      />
    </div>
  );
}
