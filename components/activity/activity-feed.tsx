"use client";

import { Pencil, Plus, StickyNote, Trash2 } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { RowLinks } from "@/components/lists/row-link";
import { rowLink } from "@/components/lists/row-link-props";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { listActivities } from "@/lib/activity/list-activities";
import { listActivitiesAction } from "@/lib/customers/actions";
import { ActivityChanges } from "./activity-changes";

export type ActivityPage = Awaited<ReturnType<typeof listActivities>>;
export type ActivityRow = ActivityPage["rows"][number];
/** The feed's filters (activityQuerySchema without the cursor). */
export type ActivityQuery = { customerId?: string; actorId?: string; kind?: string };

type Props = {
  orgSlug: string;
  /** The newest page, loaded by the server component. */
  initial: ActivityPage;
  query: ActivityQuery;
  /** Display names for ids that appear in changed fields (reps, regions, parent customers). */
  names?: Record<string, string>;
};

/**
 * SPEC A2: newest first with "Load older" (keyset cursor from the verb). Reusable for a customer's
 * page (query.customerId) and the org-wide Activities page (which also links each customer).
 */
export function ActivityFeed(props: Props) {
  // When the server sends a newer first page (after a note or an edit), older pages loaded so far
  // no longer join up with it: start again from the new page.
  return <Feed key={props.initial.rows[0]?.id ?? "empty"} {...props} />;
}

function Feed({ orgSlug, initial, query, names = {} }: Props) {
  const t = useTranslations("customer.feed");
  const showErrors = useActionErrors();
  const [older, setOlder] = useState<ActivityRow[]>([]);
  const [before, setBefore] = useState(initial.before);
  const [pending, startTransition] = useTransition();
  const rows = [...initial.rows, ...older];

  const loadOlder = () =>
    startTransition(async () => {
      const result = await listActivitiesAction(orgSlug, { ...query, before });
      if (!result.ok) return showErrors(result);
      setOlder((current) => [...current, ...result.data.rows]);
      setBefore(result.data.before);
    });

  if (rows.length === 0) return <EmptyState title={t("empty")} />;
  return (
    <div>
      <RowLinks>
        <ol aria-label={t("label")} className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {rows.map((row) => (
            <ActivityItem key={row.id} orgSlug={orgSlug} row={row} showCustomer={!query.customerId} names={names} />
          ))}
        </ol>
      </RowLinks>
      {before && (
        <div className="border-t border-zinc-100 p-3 text-center dark:border-zinc-800">
          <Button variant="secondary" size="sm" pending={pending} onClick={loadOlder}>
            {t("loadOlder")}
          </Button>
        </div>
      )}
    </div>
  );
}

const ICONS = { created: Plus, updated: Pencil, deleted: Trash2 } as const;

function ActivityItem({
  orgSlug,
  row,
  showCustomer,
  names,
}: {
  orgSlug: string;
  row: ActivityRow;
  showCustomer: boolean;
  names: Record<string, string>;
}) {
  const t = useTranslations("customer.feed");
  const kinds = useTranslations("activityKinds");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const [entity, verb] = row.kind.split(".") as [string, string];
  const Icon = entity === "note" && verb === "created" ? StickyNote : (ICONS[verb as keyof typeof ICONS] ?? Pencil);
  const at = new Date(row.createdAt);
  // A customer's own name is redundant on its page, and on the org-wide page it is the link.
  const showSummary = row.summary && !(entity === "customer" && row.customerName);
  // A note's summary is its text (after an edit, the new text); the text it replaced folds away.
  const previousText = entity === "note" && typeof row.changes?.body?.from === "string" ? row.changes.body.from : null;

  return (
    <li className="flex gap-3 px-4 py-3 text-sm">
      <span className="mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-zinc-500 dark:bg-zinc-800" aria-hidden>
        <Icon className="size-3.5" />
      </span>
      <div className="min-w-0 flex-1 space-y-1">
        <p>
          {/* No name: a member who has since been deleted, or a row from before actors were named (an approval). */}
          <span className="font-medium">
            {row.actorName ??
              (row.kind === "service.approved" ? t("customerActor") : row.actorKind === "system" ? t("systemActor") : t("formerMember"))}
          </span>{" "}
          {kinds.has(row.kind as never) ? kinds(row.kind as never) : row.kind}
          {showCustomer && row.customerName && row.customerId && (
            <>
              {" · "}
              <a {...rowLink(`/${orgSlug}/customers/${row.customerId}`)} className="font-medium text-accent-700 hover:underline dark:text-accent-500">
                {row.customerName}
              </a>
            </>
          )}
        </p>
        {showSummary &&
          (entity === "note" ? (
            <p
              className={cn(
                "whitespace-pre-line break-words rounded-md bg-zinc-50 px-3 py-2 dark:bg-zinc-800/60",
                verb === "deleted" ? "text-zinc-500 dark:text-zinc-400" : "text-zinc-800 dark:text-zinc-200",
              )}
            >
              {row.summary}
            </p>
          ) : (
            <p className="break-words text-zinc-600 dark:text-zinc-400">{row.summary}</p>
          ))}
        {previousText !== null ? (
          <details className="text-xs">
            <summary className="cursor-pointer text-zinc-500">{t("previousText")}</summary>
            <p className="mt-1 whitespace-pre-line break-words text-zinc-500">{previousText}</p>
          </details>
        ) : (
          row.changes && <ActivityChanges entity={entity} changes={row.changes} names={names} />
        )}
        <time
          dateTime={row.createdAt}
          title={format.dateTime(at, { dateStyle: "medium", timeStyle: "short" })}
          className="block text-xs text-zinc-500"
          // "3 minutes ago" may tick over between the server render and hydration.
          suppressHydrationWarning
        >
          {format.relativeTime(at, now)}
        </time>
      </div>
    </li>
  );
}
