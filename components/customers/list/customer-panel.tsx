"use client";

import { useFormatter, useNow, useTranslations } from "next-intl";
import { rowLink } from "@/components/lists/row-link-props";
import { Badge } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import type { listActivities } from "@/lib/activity/list-activities";
import type { LatestWorkRow } from "@/lib/work-items/list-customer-latest-work";
import { type Row, STATUS_TONE } from "./customer-columns";

export type ActivityRow = Awaited<ReturnType<typeof listActivities>>["rows"][number];
export type ActivityEntry = { state: "loading" } | { state: "error" } | { state: "ready"; rows: ActivityRow[]; work: LatestWorkRow[] | null };

/** How many of the customer's newest activities the preview shows. */
export const PREVIEW_ACTIVITIES = 10;

/**
 * Right-hand preview of the hovered or selected customer: status, latest tasks and issues, and latest activity. Its links are
 * row links of the list's <RowLinks>: showing a preview does not prefetch the customer's page.
 */
export function CustomerPanel({
  orgSlug,
  customer,
  entry,
  onRetry,
}: {
  orgSlug: string;
  customer: Row | null;
  entry: ActivityEntry | undefined;
  onRetry: (id: string) => void;
}) {
  const t = useTranslations("customerList.panel");
  const lifecycle = useTranslations("lifecycle");
  const types = useTranslations("customerTypes");
  if (!customer) {
    return (
      <aside aria-label={t("label")} className="rounded-lg border border-dashed border-zinc-200 p-4 text-sm text-zinc-500 dark:border-zinc-800">
        {t("hint")}
      </aside>
    );
  }
  const href = `/${orgSlug}/customers/${customer.id}`;
  return (
    <aside aria-label={t("label")} className="rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <h2 className="truncate text-sm font-semibold">
          <a {...rowLink(href)} className="hover:underline">
            {customer.name}
          </a>
        </h2>
        <div className="mt-1.5 flex flex-wrap items-center gap-2 text-xs text-zinc-500">
          <Badge tone={STATUS_TONE[customer.status]}>{lifecycle(customer.status)}</Badge>
          <span>{types(customer.type)}</span>
        </div>
      </div>
      {entry?.state === "ready" && entry.work && <LatestWork orgSlug={orgSlug} rows={entry.work} />}
      <section className="px-4 py-3">
        <h3 className="text-xs font-medium uppercase tracking-wide text-zinc-500">{t("recent")}</h3>
        <ActivityList entry={entry} onRetry={() => onRetry(customer.id)} />
      </section>
      <div className="border-t border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <a {...rowLink(href)} className={buttonClass("secondary", "sm")}>
          {t("open")}
        </a>
      </div>
    </aside>
  );
}

function ActivityList({ entry, onRetry }: { entry: ActivityEntry | undefined; onRetry: () => void }) {
  const t = useTranslations("customerList.panel");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  // Kinds are "entity.verb", which is the nesting of the activityKinds namespace.
  const kinds = useTranslations("activityKinds");

  if (!entry || entry.state === "loading") {
    return (
      <div className="mt-3 space-y-3" aria-busy>
        <span className="sr-only">{t("loading")}</span>
        {[0, 1, 2].map((i) => (
          <div key={i} className="space-y-1.5" aria-hidden>
            <div className="h-3 w-3/4 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
            <div className="h-2.5 w-1/3 animate-pulse rounded bg-zinc-100 dark:bg-zinc-800/60" />
          </div>
        ))}
      </div>
    );
  }
  if (entry.state === "error") {
    return (
      <div className="mt-3 text-sm text-zinc-500">
        <p role="alert">{t("error")}</p>
        <button type="button" onClick={onRetry} className="mt-1 text-accent-600 hover:underline dark:text-accent-500">
          {t("retry")}
        </button>
      </div>
    );
  }
  if (entry.rows.length === 0) return <p className="mt-3 text-sm text-zinc-500">{t("none")}</p>;
  return (
    <ol className="mt-3 space-y-3">
      {entry.rows.map((activity) => {
        const at = new Date(activity.createdAt);
        // For the customer's own events the summary is its name, already shown above.
        const summary = activity.kind.startsWith("customer.") ? null : activity.summary;
        return (
          <li key={activity.id} className="text-sm">
            <p>
              <span className="font-medium">{activity.actorName ?? t("someone")}</span>{" "}
              <span className="text-zinc-600 dark:text-zinc-400">
                {kinds.has(activity.kind as never) ? kinds(activity.kind as never) : activity.kind}
              </span>
            </p>
            {summary && <p className="line-clamp-2 text-zinc-500">{summary}</p>}
            <time
              dateTime={activity.createdAt}
              title={format.dateTime(at, { dateStyle: "medium", timeStyle: "short" })}
              className="text-xs text-zinc-400"
            >
              {format.relativeTime(at, now)}
            </time>
          </li>
        );
      })}
    </ol>
  );
}

function LatestWork({ orgSlug, rows }: { orgSlug: string; rows: LatestWorkRow[] }) {
  const t = useTranslations("tasks.panel");
  const kinds = useTranslations("tasks.kinds");
  const statuses = useTranslations("tasks.statuses");
  return (
    <section aria-label={t("title")} className="border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
      <h3 className="text-xs font-medium uppercase tracking-wide text-zinc-500">{t("title")}</h3>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-500">{t("none")}</p>
      ) : (
        <ul className="mt-2 space-y-1.5">
          {rows.map((row) => (
            <li key={row.id} className="text-sm">
              <a {...rowLink(`/${orgSlug}/tasks/${row.id}`)} className="block truncate font-medium hover:underline">
                {row.title}
              </a>
              <span className="text-xs text-zinc-500">
                {kinds(row.kind)} · {statuses(row.status)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
