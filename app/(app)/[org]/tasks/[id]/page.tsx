import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AccessDenied } from "@/components/shell/access-denied";
import { Badge, Card, CardHeader } from "@/components/ui/card";
import { WorkItemActions } from "@/components/work-items/work-item-actions";
import { WorkStatusActions } from "@/components/work-items/work-status-actions";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { now } from "@/lib/clock";
import { can } from "@/lib/permissions/can";
import { doneLate, groupOf } from "@/lib/work-items/group-work";
import { loadWorkItem } from "./load-work-item";

type Params = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata({ params }: Params) {
  const { org, id } = await params;
  const loaded = await loadOrDeny(() => loadWorkItem(org, id));
  return { title: loaded.denied ? (await getTranslations("errors"))("deniedTitle") : loaded.data.item.title };
}

/** SPEC W1: a task or issue with its status buttons, links to its customer and assignee, Edit and Delete. */
export default async function TaskPage({ params }: Params) {
  const { org, id } = await params;
  const loaded = await loadOrDeny(() => loadWorkItem(org, id));
  if (loaded.denied) return <AccessDenied />;
  const { ctx, item } = loaded.data;
  const t = await getTranslations("tasks");
  const format = await getFormatter();
  const slug = ctx.org.slug;
  const when = (at: Date | null, empty: string) => (at ? format.dateTime(at, { dateStyle: "medium", timeStyle: "short" }) : empty);
  const groupable = { type: item.kind, status: item.status, dueAt: item.dueAt, completedAt: item.completedAt };
  const overdue = groupOf(groupable, now()) === "overdue";
  const rows: [string, ReactNode][] = [
    [t("fields.kind"), t(`kinds.${item.kind}`)],
    [t("fields.priority"), t(`priorities.${item.priority}`)],
    [t("fields.dueAt"), when(item.dueAt, t("detail.noDue"))],
    [
      t("fields.assignee"),
      item.assigneeId && item.assigneeName ? (
        <Link href={`/${slug}/members/${item.assigneeId}`} className="hover:underline">
          {item.assigneeName}
        </Link>
      ) : (
        t("detail.unassigned")
      ),
    ],
    [
      t("fields.customer"),
      item.customer ? (
        <Link href={`/${slug}/customers/${item.customer.id}`} className="hover:underline">
          {item.customer.name}
        </Link>
      ) : (
        t("detail.noCustomer")
      ),
    ],
    [t("detail.createdBy"), item.createdByName ?? "—"],
    [t("detail.createdAt"), when(item.createdAt, "—")],
    ...(item.completedAt ? ([[t("detail.completedAt"), when(item.completedAt, "—")]] as [string, string][]) : []),
  ];
  return (
    <>
      <div className="mb-6">
        <Link
          href={`/${slug}/tasks`}
          className="mb-2 inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800 dark:hover:text-zinc-200"
        >
          <ChevronLeft className="size-4" aria-hidden />
          {t("detail.back")}
        </Link>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-xl font-semibold tracking-tight break-words">{item.title}</h1>
            <div className="mt-1.5 flex flex-wrap items-center gap-2 text-sm text-zinc-500">
              <Badge tone={item.status === "done" ? "accent" : "neutral"}>{t(`statuses.${item.status}`)}</Badge>
              {overdue && <Badge tone="danger">{t("detail.overdue")}</Badge>}
              {doneLate(groupable) && <Badge tone="warning">{t("detail.late")}</Badge>}
            </div>
          </div>
          <WorkItemActions orgSlug={slug} id={item.id} can={{ edit: item.may.edit, delete: can(ctx.actor, "tasks.delete") }} />
        </div>
      </div>
      <Card>
        <CardHeader
          title={t("detail.details")}
          actions={
            item.may.changeStatus && (
              <WorkStatusActions orgSlug={slug} item={{ id: item.id, version: item.version, status: item.status, title: item.title }} />
            )
          }
        />
        <dl className="grid grid-cols-1 gap-x-4 gap-y-3 p-4 text-sm sm:grid-cols-2">
          {rows.map(([label, value]) => (
            <div key={label} className="min-w-0">
              <dt className="text-xs font-medium text-zinc-500">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="border-t border-zinc-100 px-4 py-3 text-sm whitespace-pre-wrap dark:border-zinc-800">
          {item.description || <span className="text-zinc-500">{t("detail.noDescription")}</span>}
        </p>
      </Card>
    </>
  );
}
