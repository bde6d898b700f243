"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Badge, EmptyState } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { loadMoreNotificationsAction, markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import type { NotificationRow } from "@/lib/notifications/list-notifications";

/**
 * The member's notifications, newest first; "Load more" fetches the next keyset page. Opening one
 * marks it read and goes to its record; "Mark all as read" clears the bell.
 */
export function NotificationList({ orgSlug, initial }: { orgSlug: string; initial: { rows: NotificationRow[]; before: string | null } }) {
  const t = useTranslations("notifications.page");
  const kinds = useTranslations("notifications.kinds");
  const format = useFormatter();
  const router = useRouter();
  const showErrors = useActionErrors();
  const [rows, setRows] = useState(initial.rows);
  const [before, setBefore] = useState(initial.before);
  const [pending, setPending] = useState<"more" | "all" | null>(null);

  const markRead = (id: string) => setRows((current) => current.map((row) => (row.id === id ? { ...row, read: true } : row)));

  async function loadMore() {
    if (!before) return;
    setPending("more");
    const result = await loadMoreNotificationsAction(orgSlug, before);
    setPending(null);
    if (!result.ok) return showErrors(result);
    setRows((current) => [...current, ...result.data.rows]);
    setBefore(result.data.before);
  }

  async function markAll() {
    setPending("all");
    const result = await markAllNotificationsReadAction(orgSlug);
    setPending(null);
    if (!result.ok) return showErrors(result);
    setRows((current) => current.map((row) => ({ ...row, read: true })));
    router.refresh();
  }

  async function open(row: NotificationRow) {
    if (!row.read) {
      const result = await markNotificationReadAction(orgSlug, row.id);
      if (result.ok) markRead(row.id);
    }
    router.push(row.href);
  }

  if (rows.length === 0) return <EmptyState title={t("empty")} />;
  const unread = rows.some((row) => !row.read);
  return (
    <div>
      <div className="flex justify-end border-b border-zinc-200 p-3 dark:border-zinc-800">
        {unread ? (
          <Button variant="secondary" size="sm" pending={pending === "all"} onClick={markAll}>
            {t("markAllRead")}
          </Button>
        ) : (
          <p className="text-sm text-zinc-500" role="status">
            {t("allRead")}
          </p>
        )}
      </div>
      <ul aria-label={t("title")} className="divide-y divide-zinc-100 dark:divide-zinc-800">
        {rows.map((row) => {
          const values = { subject: row.params.subject, customer: row.params.customer, date: new Date(row.params.date) };
          return (
            <li key={row.id} className={cn("flex flex-col gap-2 p-3 sm:flex-row sm:items-start", !row.read && "bg-sky-50/60 dark:bg-sky-950/20")}>
              <a
                href={row.href}
                onClick={(event) => {
                  event.preventDefault();
                  void open(row);
                }}
                className="min-w-0 flex-1 rounded focus-visible:outline-2"
              >
                <span className="flex flex-wrap items-center gap-2 text-sm font-medium">
                  {kinds(`${row.kind}.label`)}
                  {!row.read && <Badge tone="accent">{t("unreadBadge")}</Badge>}
                </span>
                <span className="mt-0.5 block break-words text-sm text-zinc-600 dark:text-zinc-400">{kinds(`${row.kind}.body`, values)}</span>
                <span className="mt-0.5 block text-xs text-zinc-500">{format.relativeTime(new Date(row.createdAt))}</span>
              </a>
              {!row.read && (
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={async () => {
                    const result = await markNotificationReadAction(orgSlug, row.id);
                    if (!result.ok) return showErrors(result);
                    markRead(row.id);
                    router.refresh();
                  }}
                >
                  {t("markRead")}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {before && (
        <div className="p-3">
          <Button variant="secondary" size="sm" pending={pending === "more"} onClick={loadMore}>
            {t("loadMore")}
          </Button>
        </div>
      )}
    </div>
  );
}
