"use client";

import { AlarmClock, X } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { dismissReminderAction, listDueRemindersAction } from "@/lib/reminders/actions";
import type { DueReminders } from "@/lib/reminders/list-due-reminders";

/** setTimeout takes at most 2^31−1 ms; a later reminder is found on a navigation long before then. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * SPEC W6: the actor's due reminders at the top of every page until each is dismissed. The layout
 * loads them with the page; a timer set for the next due time (the server's "now", so a moved test
 * clock counts too) reads them again through an action, so one falls due on an open page without
 * a reload. Dismiss removes the banner at once and tells the server.
 */
export function ReminderBanner({ orgSlug, initial }: { orgSlug: string; initial: DueReminders }) {
  const t = useTranslations("reminders.banner");
  const [state, setState] = useState(initial);
  // A navigation (or a change's re-render) brings the layout's fresh data: it replaces ours.
  const [loaded, setLoaded] = useState(initial);
  if (loaded !== initial) {
    setLoaded(initial);
    setState(initial);
  }

  const { nextInMs } = state;
  useEffect(() => {
    if (nextInMs === null || nextInMs > MAX_TIMER_MS) return;
    const timer = setTimeout(async () => {
      const result = await listDueRemindersAction(orgSlug);
      if (result.ok) setState(result.data);
    }, nextInMs + 1000);
    return () => clearTimeout(timer);
  }, [orgSlug, nextInMs]);

  if (state.due.length === 0) return null;

  async function dismiss(id: string) {
    const before = state;
    setState({ ...state, due: state.due.filter((r) => r.id !== id) });
    const result = await dismissReminderAction(orgSlug, { id });
    if (!result.ok) setState(before);
    else toast.success(t("dismissed"));
  }

  return (
    <section aria-label={t("label")} className="space-y-px border-b border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40">
      {state.due.map((reminder) => (
        <div key={reminder.id} className="flex items-start gap-3 px-4 py-2 text-sm text-amber-950 dark:text-amber-100">
          <AlarmClock className="mt-0.5 size-4 shrink-0" aria-hidden />
          <div className="min-w-0 flex-1">
            <p className="text-xs font-medium">{t("due", { date: new Date(reminder.dueAt) })}</p>
            <p className="break-words whitespace-pre-wrap">{reminder.body}</p>
            {reminder.customerName && <p className="text-xs">{t("customer", { customer: reminder.customerName })}</p>}
          </div>
          <Link href={`/${orgSlug}/reminders/${reminder.id}`} className="shrink-0 rounded px-2 py-0.5 font-medium underline-offset-2 hover:underline">
            {t("open")}
          </Link>
          <button
            type="button"
            onClick={() => dismiss(reminder.id)}
            className="shrink-0 rounded p-1 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-amber-600 dark:hover:bg-amber-900"
            aria-label={`${t("dismiss")}: ${reminder.body.slice(0, 60)}`}
          >
            <X className="size-4" aria-hidden />
          </button>
        </div>
      ))}
      {state.more && (
        <Link href={`/${orgSlug}/reminders`} className="block px-4 py-1.5 text-xs font-medium text-amber-900 hover:underline dark:text-amber-200">
          {t("more")}
        </Link>
      )}
    </section>
  );
}
