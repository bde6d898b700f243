"use client";

import { useFormatter, useTranslations } from "next-intl";
import { memo, type PointerEvent as ReactPointerEvent, type RefObject, useMemo } from "react";
import { cn } from "@/components/ui/cn";
import { type AxisDay, axisDays, segmentsOnAxis, slotAt, stackInLanes, wallTime } from "@/lib/dispatch/board-axis";
import { DEFAULT_PLAN_MINUTES } from "@/lib/dispatch/schemas";
import type { DispatchBoard, PlanItem } from "./board-types";
import type { DragState } from "./use-board-drag";

const LANE_PX = 26;
/** Pixels an hour takes: a day is read closely, a week at a glance. */
const HOUR_PX = { day: 96, week: 36 } as const;
const MINUTE = 60_000;

type Planned = DispatchBoard["planned"][number];
type Appointment = DispatchBoard["appointments"][number];
type Entry = { start: string; end: string } & ({ kind: "record"; record: Planned } | { kind: "appointment"; appointment: Appointment });

/** The drop's slot while dragging over a row: where the record would start and how long it is. */
export function dropSlot(drag: DragState | null, board: DispatchBoard, timeZone: string) {
  if (!drag?.over) return null;
  const slot = slotAt(drag.over.fraction, board.range.days, board.hours, timeZone);
  const { plannedStart, plannedEnd } = drag.item.card;
  const minutes = plannedStart && plannedEnd ? (new Date(plannedEnd).getTime() - new Date(plannedStart).getTime()) / MINUTE : DEFAULT_PLAN_MINUTES;
  return {
    ...slot,
    userId: drag.over.userId,
    name: drag.over.name,
    endsAt: new Date(new Date(slot.startsAt).getTime() + minutes * MINUTE).toISOString(),
  };
}

/**
 * The technicians' rows on the time axis of the visible days (the org calendar's working hours):
 * each row's records (drag to re-plan, click for the Plan dialog) and appointments (shown, not
 * planned here), overlapping ones stacked in lanes. Scrolls sideways inside its own frame.
 */
export function BoardGrid({
  board,
  timeZone,
  canPlan,
  scroller,
  drag,
  onPointerDown,
  onOpen,
}: {
  board: DispatchBoard;
  timeZone: string;
  canPlan: boolean;
  scroller: RefObject<HTMLDivElement | null>;
  drag: DragState | null;
  onPointerDown: (event: ReactPointerEvent, item: PlanItem) => void;
  onOpen: (item: PlanItem) => void;
}) {
  const t = useTranslations("dispatch.board");
  const format = useFormatter();
  const { days } = board.range;
  const hours = board.hours;
  const axis = useMemo(() => axisDays(days, hours, timeZone), [days, hours, timeZone]);
  const hourCount = (hours.endMinute - hours.startMinute) / 60;
  const width = days.length * hourCount * HOUR_PX[board.span];
  const entriesByUser = useMemo(() => {
    const map = new Map<string, Entry[]>();
    const add = (userId: string, entry: Entry) => map.set(userId, [...(map.get(userId) ?? []), entry]);
    for (const record of board.planned)
      if (record.plannedStart && record.plannedEnd)
        add(record.userId, { kind: "record", record, start: record.plannedStart, end: record.plannedEnd });
    for (const appointment of board.appointments)
      add(appointment.userId, { kind: "appointment", appointment, start: appointment.startsAt, end: appointment.endsAt });
    return map;
  }, [board.planned, board.appointments]);
  const grid = useMemo(
    () => ({
      backgroundImage:
        "linear-gradient(to right, var(--board-day) 1px, transparent 1px), linear-gradient(to right, var(--board-hour) 1px, transparent 1px)",
      backgroundSize: `calc(100% / ${days.length}) 100%, calc(100% / ${days.length * hourCount}) 100%`,
    }),
    [days.length, hourCount],
  );
  const slot = dropSlot(drag, board, timeZone);

  if (board.technicians.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-zinc-300 px-4 py-8 text-center text-sm text-zinc-500 dark:border-zinc-700">
        {t("rows.empty")}
      </p>
    );
  }
  const labelEvery = board.span === "week" ? 3 : 1;
  return (
    <div
      ref={scroller}
      role="region"
      aria-label={t("rows.label")}
      tabIndex={0}
      className="min-w-0 overflow-x-auto rounded-md border border-zinc-200 [--board-day:var(--color-zinc-300)] [--board-hour:var(--color-zinc-100)] dark:border-zinc-800 dark:[--board-day:var(--color-zinc-700)] dark:[--board-hour:var(--color-zinc-800)]"
    >
      <div className="flex min-w-max flex-col">
        <div className="flex border-b border-zinc-200 bg-zinc-50 text-xs text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
          <div className="sticky left-0 z-20 w-28 shrink-0 border-r border-zinc-200 bg-zinc-50 px-2 py-1 font-medium sm:w-40 dark:border-zinc-800 dark:bg-zinc-900">
            {t("rows.technician")}
          </div>
          <div className="relative h-11 shrink-0" style={{ width }}>
            {axis.map((day, i) => (
              <div key={day.day} className="absolute top-0 h-full" style={{ left: `${(i / days.length) * 100}%`, width: `${100 / days.length}%` }}>
                {board.span === "week" && (
                  <div className="truncate border-l border-zinc-300 px-1 pt-0.5 font-medium dark:border-zinc-700">
                    {format.dateTime(new Date(day.from), { timeZone, weekday: "short", day: "numeric", month: "short" })}
                  </div>
                )}
                {Array.from({ length: Math.ceil(hourCount / labelEvery) }, (_, h) => (
                  <span
                    key={h}
                    className={cn("absolute pl-1 tabular-nums", board.span === "week" ? "bottom-0.5 text-[10px]" : "top-3")}
                    style={{ left: `${((h * labelEvery) / hourCount) * 100}%` }}
                  >
                    {wallTime(hours.startMinute + h * labelEvery * 60)}
                  </span>
                ))}
              </div>
            ))}
          </div>
        </div>
        {board.technicians.map((person) => (
          <TechnicianRow
            key={person.userId}
            person={person}
            entries={entriesByUser.get(person.userId)}
            axis={axis}
            width={width}
            grid={grid}
            timeZone={timeZone}
            canPlan={canPlan}
            draggingId={drag?.item.card.id ?? null}
            slot={slot?.userId === person.userId ? slot : null}
            onPointerDown={onPointerDown}
            onOpen={onOpen}
          />
        ))}
      </div>
    </div>
  );
}

type RowProps = {
  person: { userId: string; name: string };
  entries: Entry[] | undefined;
  axis: AxisDay[];
  width: number;
  grid: { backgroundImage: string; backgroundSize: string };
  timeZone: string;
  canPlan: boolean;
  draggingId: string | null;
  slot: ReturnType<typeof dropSlot>;
  onPointerDown: (event: ReactPointerEvent, item: PlanItem) => void;
  onOpen: (item: PlanItem) => void;
};

/** One technician's row; memoised so a drag redraws only the rows it passes over. */
const TechnicianRow = memo(function TechnicianRow({
  person,
  entries = [],
  axis,
  width,
  grid,
  timeZone,
  canPlan,
  draggingId,
  slot,
  onPointerDown,
  onOpen,
}: RowProps) {
  const t = useTranslations("dispatch.board");
  const format = useFormatter();
  const { placed, lanes } = useMemo(() => stackInLanes(entries), [entries]);
  const time = (from: string, to: string) =>
    format.dateTimeRange(new Date(from), new Date(to), { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit" });
  return (
    <div className="flex border-b border-zinc-100 last:border-b-0 dark:border-zinc-800">
      <div
        className="sticky left-0 z-10 w-28 shrink-0 truncate border-r border-zinc-200 bg-white px-2 py-1.5 text-sm font-medium sm:w-40 dark:border-zinc-800 dark:bg-zinc-950"
        title={person.name}
      >
        {person.name}
      </div>
      <div
        role="group"
        aria-label={t("rows.row", { name: person.name })}
        data-drop-row=""
        data-user-id={person.userId}
        data-name={person.name}
        className={cn("relative shrink-0", slot && "bg-accent-50/60 dark:bg-zinc-800/60")}
        style={{ width, height: lanes * LANE_PX + 8, ...grid }}
      >
        {placed.flatMap(({ item: entry, lane }) =>
          segmentsOnAxis(entry.start, entry.end, axis).map((segment, i) => {
            const style = {
              left: `${segment.left * 100}%`,
              width: `max(${segment.width * 100}%, 6px)`,
              top: 4 + lane * LANE_PX,
              height: LANE_PX - 4,
            };
            if (entry.kind === "appointment") {
              const a = entry.appointment;
              return (
                <div
                  key={`a:${a.id}:${i}`}
                  title={`${a.title} · ${time(a.startsAt, a.endsAt)}`}
                  className="absolute overflow-hidden truncate rounded border border-zinc-300 bg-zinc-100 px-1 text-xs leading-5 text-zinc-700 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-200"
                  style={style}
                >
                  <span className="sr-only">{t("card.appointment")}: </span>
                  {a.title}
                </div>
              );
            }
            const r = entry.record;
            const item: PlanItem = { card: r, fromUserId: person.userId };
            const label = t("card.plannedLabel", {
              number: r.number,
              subject: r.subject,
              customer: r.customer ?? "—",
              time: time(entry.start, entry.end),
            });
            return (
              <button
                key={`r:${r.id}:${i}`}
                type="button"
                data-record-id={r.id}
                aria-label={label}
                title={label}
                onPointerDown={canPlan ? (e) => onPointerDown(e, item) : undefined}
                onClick={() => onOpen(item)}
                className={cn(
                  "absolute select-none overflow-hidden truncate rounded border border-accent-500/50 bg-accent-50 px-1 text-left text-xs leading-5 text-zinc-900 hover:border-accent-600 dark:bg-zinc-800 dark:text-zinc-100",
                  canPlan && "cursor-grab active:cursor-grabbing",
                  draggingId === r.id && "opacity-40",
                )}
                style={style}
              >
                #{r.number} {r.subject}
              </button>
            );
          }),
        )}
        {slot &&
          segmentsOnAxis(slot.startsAt, slot.endsAt, axis).map((segment, i) => (
            <div
              key={`slot:${i}`}
              aria-hidden
              className="pointer-events-none absolute inset-y-0.5 rounded border-2 border-dashed border-accent-500 bg-accent-500/10 px-1 text-xs font-medium text-accent-700 dark:text-accent-500"
              style={{ left: `${segment.left * 100}%`, width: `${segment.width * 100}%` }}
            >
              {i === 0 && wallTime(slot.minute)}
            </div>
          ))}
      </div>
    </div>
  );
});
