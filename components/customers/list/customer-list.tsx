"use client";

import { type ColumnVisibilityState, functionalUpdate, type SortingState, useTable } from "@tanstack/react-table";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useMemo, useRef, useState } from "react";
import { ListEmptyState, ListFooter, ListFrame } from "@/components/lists/list-states";
import { RowLinks } from "@/components/lists/row-link";
import { type HistoryMode, type ListPage, useListView } from "@/components/lists/use-list-view";
import { listActivitiesAction } from "@/lib/customers/actions";
import { listCustomerLatestWorkAction } from "@/lib/work-items/actions";
import {
  type CustomerQuery as ListQuery,
  customerListSearch,
  customerRowsSearch,
  hasCustomerFilters,
  LIST_COLUMNS,
  parseCustomerQuery,
} from "@/lib/customers/list-params";
import { columns, features, type Row } from "./customer-columns";
import { type ActivityEntry, CustomerPanel, PREVIEW_ACTIVITIES } from "./customer-panel";
import { CustomerTable } from "./customer-table";
import { CustomerToolbar } from "./customer-toolbar";

/** Hovering a row this long previews it; passing over rows on the way elsewhere does not. */
const HOVER_DELAY_MS = 250;
/** The preview panel's breakpoint (Tailwind `xl`); below it hovering loads nothing. */
const PANEL_MEDIA = "(min-width: 80rem)";

const getRowId = (row: Row) => row.id;

/**
 * The customer list: the URL holds the view (filters, sort, columns, page). The server renders
 * the first page; after that every control rewrites the URL and the rows come from the list's
 * data route (useListView), so a search or a next page costs one small JSON request.
 */
export function CustomerList({
  orgSlug,
  initial,
  statuses,
  types,
  regions,
  reps,
  tags,
  canCreate,
}: {
  orgSlug: string;
  /** The server render's view and rows; one prop object, so it stays the same object until the next render. */
  initial: { search: string; page: ListPage<Row> };
  statuses: readonly ListQuery["status"][number][];
  types: readonly ListQuery["type"][number][];
  regions: { id: string; label: string }[];
  reps: { id: string; label: string }[];
  tags: { id: string; label: string }[];
  canCreate: boolean;
}) {
  const t = useTranslations("customerList");
  const common = useTranslations("common");
  const router = useRouter();
  const hintId = useId();
  const base = `/${orgSlug}/customers`;
  const list = useListView({ endpoint: `${base}/data`, initial, parse: parseCustomerQuery, canonical: customerRowsSearch });
  const { view, page } = list;
  const rows = page.rows;
  const filtered = hasCustomerFilters(view);
  const [searchKey, setSearchKey] = useState(0);

  function navigate(changes: Partial<ListQuery>, mode: HistoryMode = "push") {
    list.go(customerListSearch(view, changes), mode);
  }

  function clearFilters() {
    setSearchKey((key) => key + 1);
    navigate({ q: undefined, status: [], type: [], region: undefined, rep: undefined, tag: undefined });
  }

  const sorting = useMemo<SortingState>(() => [{ id: view.sort, desc: view.dir === "desc" }], [view.sort, view.dir]);
  const columnVisibility = useMemo<ColumnVisibilityState>(
    () => Object.fromEntries(LIST_COLUMNS.map((column) => [column, view.cols.includes(column)])),
    [view.cols],
  );
  // The cells' translations and formatter, once per list rather than once per cell.
  const columnLabel = useTranslations("customerList.columns");
  const typeLabel = useTranslations("customerTypes");
  const statusLabel = useTranslations("lifecycle");
  const format = useFormatter();
  const meta = useMemo(
    () => ({
      orgSlug,
      regionLabels: Object.fromEntries(regions.map((r) => [r.id, r.label])),
      tagLabels: Object.fromEntries(tags.map((r) => [r.id, r.label])),
      text: { column: columnLabel, type: typeLabel, status: statusLabel, format },
    }),
    [orgSlug, regions, tags, columnLabel, typeLabel, statusLabel, format],
  );
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId,
    meta,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) => {
      const [first] = functionalUpdate(updater, sorting);
      if (first) navigate({ sort: first.id === "created" ? "created" : "name", dir: first.desc ? "desc" : "asc" });
    },
    onColumnVisibilityChange: (updater) => {
      const next = functionalUpdate(updater, columnVisibility);
      // Which columns show is a preference, not a place to go Back to.
      navigate({ cols: LIST_COLUMNS.filter((column) => column === "name" || next[column] !== false), after: view.after }, "replace");
    },
  });

  // Preview: the selected row, or the one the pointer rests on. Activities are cached per customer.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [activity, setActivity] = useState<Record<string, ActivityEntry>>({});
  const requested = useRef(new Set<string>());
  const hoverTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  function loadActivity(id: string) {
    if (requested.current.has(id)) return;
    requested.current.add(id);
    setActivity((all) => ({ ...all, [id]: { state: "loading" } }));
    const fail = () => {
      requested.current.delete(id);
      setActivity((all) => ({ ...all, [id]: { state: "error" } }));
    };
    // Its latest tasks and issues come alongside (SPEC C1); a member without them sees activities only.
    Promise.all([listActivitiesAction(orgSlug, { customerId: id }), listCustomerLatestWorkAction(orgSlug, { customerId: id })]).then(
      ([result, work]) => {
        if (!result.ok) return fail();
        const rows = result.data.rows.slice(0, PREVIEW_ACTIVITIES);
        setActivity((all) => ({ ...all, [id]: { state: "ready", rows, work: work.ok ? work.data : null } }));
      },
      fail,
    );
  }

  function select(id: string) {
    clearTimeout(hoverTimer.current);
    setSelectedId(id);
    setHoverId(null);
    loadActivity(id);
  }

  function hover(id: string | null) {
    clearTimeout(hoverTimer.current);
    // Leaving a row keeps its preview, so the pointer can travel to the panel's link.
    if (!id || !window.matchMedia(PANEL_MEDIA).matches) return;
    hoverTimer.current = setTimeout(() => {
      setHoverId(id);
      loadActivity(id);
    }, HOVER_DELAY_MS);
  }

  const previewId = hoverId ?? selectedId;
  const previewed = rows.find((row) => row.id === previewId) ?? null;

  return (
    <div className="space-y-3">
      <CustomerToolbar
        query={view}
        statuses={statuses}
        types={types}
        regions={regions}
        reps={reps}
        tags={tags}
        table={table}
        filtered={filtered}
        searchKey={searchKey}
        onChange={navigate}
        onClear={clearFilters}
      />
      {/* Table and preview panel: their customer links prefetch on intent only. */}
      <RowLinks>
        <div className="xl:grid xl:grid-cols-[minmax(0,1fr)_15rem] xl:items-start xl:gap-4">
          <div className="min-w-0">
            <ListFrame
              pending={list.pending}
              failure={list.failed ? { message: common("listLoadFailed"), retryLabel: common("retry"), onRetry: list.retry } : null}
            >
              {rows.length > 0 ? (
                <CustomerTable
                  table={table}
                  label={t("title")}
                  hintId={hintId}
                  selectedId={selectedId}
                  onSelect={select}
                  onHover={hover}
                  onOpen={(id) => router.push(`/${orgSlug}/customers/${id}`)}
                />
              ) : (
                <ListEmptyState
                  filtered={filtered}
                  noMatch={{ title: t("empty.filteredTitle"), body: t("empty.filteredBody"), clearLabel: t("filters.clear"), onClear: clearFilters }}
                  empty={{
                    title: t("empty.title"),
                    body: t("empty.body"),
                    action: canCreate ? { href: `/${orgSlug}/customers/new`, label: t("newCustomer"), variant: "primary" } : null,
                  }}
                />
              )}
            </ListFrame>
            <ListFooter
              className="mt-3"
              hint={rows.length > 0 ? { id: hintId, text: t("keyboardHint") } : null}
              labels={{ label: t("pagination.label"), first: t("pagination.first"), next: t("pagination.next") }}
              firstHref={view.after ? `${base}${customerListSearch(view)}` : null}
              nextHref={page.nextCursor ? `${base}${customerListSearch(view, { after: page.nextCursor })}` : null}
              onNavigate={(href) => {
                list.go(href.slice(base.length), "push");
                window.scrollTo({ top: 0 });
              }}
            />
          </div>
          <div className="sticky top-4 hidden xl:block">
            <CustomerPanel orgSlug={orgSlug} customer={previewed} entry={previewId ? activity[previewId] : undefined} onRetry={loadActivity} />
          </div>
        </div>
      </RowLinks>
    </div>
  );
}
