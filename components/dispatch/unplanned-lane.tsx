"use client";

import { CalendarClock } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { PointerEvent as ReactPointerEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { timeLeft, type TimeLeftTone } from "@/lib/sla/time-left";
import type { BoardCard, PlanItem } from "./board-types";

const TONE: Record<TimeLeftTone, string> = {
  ok: "text-zinc-600 dark:text-zinc-400",
  warning: "text-amber-700 dark:text-amber-400",
  breached: "font-medium text-red-700 dark:text-red-400",
  paused: "text-zinc-500",
  met: "text-zinc-500",
};

/** The lane of unplanned work, most urgent SLA first (the server's order): each card drags, or plans by its button. */
export function UnplannedLane({
  orgSlug,
  cards,
  now: nowIso,
  timeZone,
  canPlan,
  filtered,
  hiddenId,
  onPointerDown,
  onPlan,
}: {
  orgSlug: string;
  cards: BoardCard[];
  /** The board's server time (load-board's `now`). */
  now: string;
  timeZone: string;
  canPlan: boolean;
  filtered: boolean;
  /** The card being dragged, drawn faded in place. */
  hiddenId: string | null;
  onPointerDown: (event: ReactPointerEvent, item: PlanItem) => void;
  onPlan: (item: PlanItem) => void;
}) {
  const t = useTranslations("dispatch.board");
  const format = useFormatter();
  const now = new Date(nowIso);
  return (
    <section aria-labelledby="dispatch-unplanned" className="min-w-0 rounded-md border border-zinc-200 dark:border-zinc-800">
      <div className="flex items-baseline justify-between border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
        <h2 id="dispatch-unplanned" className="text-sm font-semibold">
          {t("unplanned.title")}
        </h2>
        <span className="text-xs text-zinc-500">{t("unplanned.count", { count: cards.length })}</span>
      </div>
      {cards.length === 0 ? (
        <p className="px-3 py-6 text-center text-sm text-zinc-500">{filtered ? t("unplanned.emptyFiltered") : t("unplanned.empty")}</p>
      ) : (
        <ul className="max-h-80 space-y-2 overflow-y-auto p-2 lg:max-h-[70vh]">
          {cards.map((card) => {
            const item: PlanItem = { card, fromUserId: null };
            const tone = card.sla ? timeLeft(card.sla, now).tone : null;
            return (
              <li
                key={card.id}
                data-record-id={card.id}
                onPointerDown={canPlan ? (e) => onPointerDown(e, item) : undefined}
                className={cn(
                  "select-none rounded-md border border-zinc-200 bg-white p-2 text-sm shadow-xs dark:border-zinc-700 dark:bg-zinc-900",
                  canPlan && "cursor-grab active:cursor-grabbing",
                  hiddenId === card.id && "opacity-40",
                )}
              >
                <div className="flex items-start justify-between gap-2">
                  <div className="min-w-0">
                    <a
                      href={`/${orgSlug}/service/${card.id}`}
                      draggable={false}
                      className="font-medium text-zinc-900 underline-offset-2 hover:underline dark:text-zinc-100"
                    >
                      #{card.number} {card.subject}
                    </a>
                    {card.customer && <p className="truncate text-xs text-zinc-600 dark:text-zinc-400">{card.customer}</p>}
                  </div>
                  {canPlan && (
                    <Button
                      size="sm"
                      variant="secondary"
                      className="h-7 shrink-0 px-2 text-xs"
                      aria-label={t("card.planLabel", { number: card.number })}
                      onClick={() => onPlan(item)}
                    >
                      {t("card.plan")}
                    </Button>
                  )}
                </div>
                <p className={cn("mt-1 flex items-center gap-1 text-xs", tone ? TONE[tone] : "text-zinc-500")}>
                  <CalendarClock className="size-3.5" aria-hidden />
                  {card.sla
                    ? t("card.slaDue", { time: format.dateTime(new Date(card.sla.dueAt), { timeZone, dateStyle: "medium", timeStyle: "short" }) })
                    : t("card.noSla")}
                  {card.fromSchedule && (
                    <span className="ml-auto rounded bg-zinc-100 px-1.5 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
                      {t("card.scheduled")}
                    </span>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
