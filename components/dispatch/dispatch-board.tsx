"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useViewData } from "@/components/lists/use-view-data";
import { slotAt } from "@/lib/dispatch/board-axis";
import { boardSearch, parseBoardQuery } from "@/lib/dispatch/board-params";
import type { BoardSetup } from "@/lib/dispatch/get-board-setup";
import type { PlannedRecord } from "@/lib/dispatch/plan-answer";
import type { BoardQuery } from "@/lib/dispatch/schemas";
import { BoardGrid, dropSlot } from "./board-grid";
import { BoardToolbar } from "./board-toolbar";
import type { DispatchBoard as Board, PlanItem, PlanTarget } from "./board-types";
import { PlanDialog } from "./plan-dialog";
import { PlanWarningsDialog } from "./plan-warnings-dialog";
import { UnplannedLane } from "./unplanned-lane";
import { useBoardDrag } from "./use-board-drag";
import { usePlanRecord } from "./use-plan-record";

/** Nothing is drawn before the first view arrives from the data route. */
const NOTHING = { key: "", value: null as Board | null };

type Move = { item: PlanItem; target: PlanTarget; value: PlannedRecord };

/** A plan the server has confirmed, drawn at once while the board reloads. */
function applyMoves(board: Board, moves: Move[]): Board {
  if (!moves.length) return board;
  let { unplanned, planned } = board;
  for (const { item, target, value } of moves) {
    const moved = planned.find((p) => p.id === value.id) ?? unplanned.find((u) => u.id === value.id);
    if (!moved) continue;
    unplanned = unplanned.filter((u) => u.id !== value.id);
    planned = planned.filter((p) => !(p.id === value.id && (p.userId === item.fromUserId || p.userId === target.userId)));
    planned = [
      ...planned,
      { ...moved, version: value.version, plannedStart: value.plannedStart, plannedEnd: value.plannedEnd, userId: target.userId },
    ];
  }
  return { ...board, unplanned, planned };
}

/**
 * The dispatch board (issue 13 item 5): the URL holds the view (date, day or week, filters); each
 * view comes from dispatch/data through the board's verb, so moving between days never reloads
 * the page. Records are planned by dragging them onto a technician's row or by their Plan…
 * dialog; after a plan the board reloads its view, drawing the plan meanwhile.
 */
export function DispatchBoard({ orgSlug, setup }: { orgSlug: string; setup: BoardSetup }) {
  const t = useTranslations("dispatch.board");
  const format = useFormatter();
  const pathname = usePathname();
  const params = useSearchParams();
  const view = useMemo(() => parseBoardQuery(params), [params]);
  const search = boardSearch(view);
  const [reloads, setReloads] = useState(0);
  const data = useViewData({ key: `${search}#${reloads}`, url: `/${orgSlug}/dispatch/data${search}`, initial: NOTHING });
  const [moves, setMoves] = useState<{ base: Board | null; list: Move[] }>({ base: null, list: [] });
  const board = data.value && (moves.base === data.value ? applyMoves(data.value, moves.list) : data.value);
  const [dialogItem, setDialogItem] = useState<PlanItem | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const { timeZone } = setup;

  const planner = usePlanRecord(orgSlug, (item, target, value) => {
    setMoves((m) => ({ base: data.value, list: m.base === data.value ? [...m.list, { item, target, value }] : [{ item, target, value }] }));
    setReloads((n) => n + 1);
  });

  const dragging = useBoardDrag(scroller, (item, over) => {
    if (!board) return;
    const slot = slotAt(over.fraction, board.range.days, board.hours, timeZone);
    void planner.plan(item, { userId: over.userId, name: over.name, startsAt: slot.startsAt });
  });
  const openDialog = useCallback((item: PlanItem) => setDialogItem(item), []);

  function navigate(changes: Partial<BoardQuery>) {
    const next = boardSearch({ ...view, ...changes });
    if (next !== search) window.history.pushState(null, "", `${pathname}${next}`);
  }

  const date = view.date ?? board?.date ?? setup.today;
  const rangeLabel = board
    ? board.span === "day"
      ? format.dateTime(new Date(board.range.startsAt), { timeZone, dateStyle: "full" })
      : format.dateTimeRange(new Date(board.range.startsAt), new Date(new Date(board.range.endsAt).getTime() - 1), { timeZone, dateStyle: "medium" })
    : "";
  const slot = board ? dropSlot(dragging.drag, board, timeZone) : null;

  return (
    <div className="min-w-0 space-y-3" onClickCapture={dragging.swallowClick}>
      <BoardToolbar
        view={view}
        date={date}
        today={setup.today}
        rangeLabel={rangeLabel}
        options={{ regions: setup.regions, departments: setup.departments, serviceTypes: setup.serviceTypes }}
        onChange={navigate}
      />
      {setup.canPlan && <p className="text-xs text-zinc-500">{t("hint")}</p>}
      {data.failed && (
        <div
          role="status"
          className="flex items-center gap-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
        >
          {t("loadFailed")}
          <Button size="sm" variant="secondary" onClick={data.retry}>
            {t("retry")}
          </Button>
        </div>
      )}
      {!board ? (
        data.failed ? null : (
          <div role="status" className="grid gap-3 lg:grid-cols-[17rem_minmax(0,1fr)]">
            <span className="sr-only">{t("loading")}</span>
            <div className="h-64 animate-pulse rounded-md bg-zinc-100 dark:bg-zinc-900" />
            <div className="h-64 animate-pulse rounded-md bg-zinc-100 dark:bg-zinc-900" />
          </div>
        )
      ) : (
        <div className="grid gap-3 lg:grid-cols-[17rem_minmax(0,1fr)]" aria-busy={data.pending || undefined}>
          <UnplannedLane
            orgSlug={orgSlug}
            cards={board.unplanned}
            now={board.now}
            timeZone={timeZone}
            canPlan={setup.canPlan}
            filtered={Boolean(view.region || view.department || view.serviceType)}
            hiddenId={dragging.drag?.item.card.id ?? null}
            onPointerDown={dragging.start}
            onPlan={openDialog}
          />
          <BoardGrid
            board={board}
            timeZone={timeZone}
            canPlan={setup.canPlan}
            scroller={scroller}
            drag={dragging.drag}
            onPointerDown={dragging.start}
            onOpen={setup.canPlan ? openDialog : noop}
          />
        </div>
      )}
      {dragging.drag && (
        <div
          aria-hidden
          className="pointer-events-none fixed z-50 max-w-64 truncate rounded-md border border-accent-500 bg-white px-2 py-1 text-xs font-medium shadow-lg dark:bg-zinc-900"
          style={{ left: dragging.drag.x + 12, top: dragging.drag.y + 12 }}
        >
          #{dragging.drag.item.card.number} {dragging.drag.item.card.subject}
          {slot && (
            <span className="block font-normal text-zinc-600 dark:text-zinc-400">
              {t("dropAt", {
                name: slot.name,
                time: format.dateTime(new Date(slot.startsAt), { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit" }),
              })}
            </span>
          )}
        </div>
      )}
      {dialogItem && board && (
        <PlanDialog
          orgSlug={orgSlug}
          item={dialogItem}
          technicians={board.technicians}
          defaultDate={board.range.days[0]!}
          defaultMinute={board.hours.startMinute}
          timeZone={timeZone}
          onPlan={(target) => planner.plan(dialogItem, target)}
          onClose={() => setDialogItem(null)}
        />
      )}
      {planner.held && (
        <PlanWarningsDialog
          held={planner.held}
          timeZone={timeZone}
          onConfirm={() => planner.plan(planner.held!.item, planner.held!.target, true)}
          onCancel={planner.dismiss}
        />
      )}
    </div>
  );
}

function noop() {}
