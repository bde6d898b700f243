import { Plus } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RowLinks } from "@/components/lists/row-link";
import { rowLink } from "@/components/lists/row-link-props";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, CardHeader } from "@/components/ui/card";
import { WORK_GROUPS, type WorkGroup } from "@/lib/work-items/group-work";
import type { CustomerWork, CustomerWorkEntry } from "@/lib/work-items/list-customer-work";
import { workListSearch, parseWorkQuery } from "@/lib/work-items/list-params";
import { QuickCreateCustomer } from "./quick-create-customer";
import { WorkStatusActions } from "./work-status-actions";

const HREF: Record<CustomerWorkEntry["type"], string> = {
  task: "tasks",
  issue: "tasks",
  appointment: "agenda",
  service: "service",
};

/**
 * SPEC C4: the customer's tasks, issues, events and service records grouped Overdue / Pending /
 * Completed (seed 001: Geciken / Bekleyen / Tamamlanan). A group with more than it shows links to
 * the task list filtered to this customer. The card also tells the shell's quick-create dialog
 * which customer is open.
 */
export async function CustomerWorkCard({
  orgSlug,
  customer,
  work,
  canCreate,
  canWriteMeetingNote = false,
}: {
  orgSlug: string;
  customer: { id: string; name: string };
  work: CustomerWork;
  canCreate: boolean;
  /** A "New meeting note" beside "New task" (SPEC W5, seed 004: notes are written from the customer). */
  canWriteMeetingNote?: boolean;
}) {
  const t = await getTranslations("tasks");
  const meetings = await getTranslations("meetings");
  const format = await getFormatter();
  const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" }) : null);
  const showAll = (group: WorkGroup) =>
    `/${orgSlug}/tasks${workListSearch(parseWorkQuery({}), {
      customer: customer.id,
      overdue: group === "overdue",
      status: group === "completed" ? "done" : undefined,
    })}`;
  const detail = (entry: CustomerWorkEntry) => {
    const kind = entry.type === "appointment" ? t("work.appointment") : entry.type === "service" ? t("work.service") : t(`kinds.${entry.type}`);
    const at = when(entry.at);
    const date = entry.type === "appointment" ? at : at ? t("work.due", { date: at }) : entry.type === "service" ? null : t("work.noDue");
    const who = entry.type === "task" || entry.type === "issue" ? (entry.assigneeName ?? t("work.unassigned")) : null;
    return [kind, entry.type === "service" ? `#${entry.number}` : null, date, who].filter(Boolean).join(" · ");
  };
  return (
    <Card>
      <QuickCreateCustomer customer={customer} />
      <CardHeader
        title={t("work.title")}
        actions={
          (canCreate || canWriteMeetingNote) && (
            <div className="flex flex-wrap gap-2">
              {canWriteMeetingNote && (
                <Link href={`/${orgSlug}/meetings/new?customer=${customer.id}`} className={buttonClass("secondary", "sm")}>
                  <Plus className="size-4" aria-hidden />
                  {meetings("newNote")}
                </Link>
              )}
              {canCreate && (
                <Link href={`/${orgSlug}/tasks/new?customer=${customer.id}`} className={buttonClass("secondary", "sm")}>
                  <Plus className="size-4" aria-hidden />
                  {t("work.newTask")}
                </Link>
              )}
            </div>
          )
        }
      />
      <RowLinks>
        <div className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {WORK_GROUPS.map((group) => {
            const { entries, more } = work[group];
            const headingId = `customer-work-${group}`;
            return (
              <section key={group} aria-labelledby={headingId} className="px-4 py-3">
                <h3 id={headingId} className="flex items-center gap-2 text-xs font-medium tracking-wide text-zinc-500 uppercase">
                  {t(`work.${group}`)}
                  {entries.length > 0 && <span className="font-normal normal-case">({more ? `${entries.length}+` : entries.length})</span>}
                </h3>
                {entries.length === 0 ? (
                  <p className="mt-1 text-sm text-zinc-500">{t("work.empty")}</p>
                ) : (
                  <ul className="mt-2 space-y-2">
                    {entries.map((entry) => (
                      <li key={`${entry.type}:${entry.id}`} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                        <span className="min-w-0 flex-1">
                          <a {...rowLink(`/${orgSlug}/${HREF[entry.type]}/${entry.id}`)} className="block truncate font-medium hover:underline">
                            {entry.title}
                          </a>
                          <span className="block truncate text-xs text-zinc-500">{detail(entry)}</span>
                        </span>
                        {entry.late && <Badge tone="warning">{t("work.late")}</Badge>}
                        {(entry.type === "task" || entry.type === "issue") && group !== "completed" && entry.mayChangeStatus && (
                          <WorkStatusActions
                            orgSlug={orgSlug}
                            item={{ id: entry.id, version: entry.version!, status: entry.status, title: entry.title }}
                            only={["done"]}
                          />
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                {more && (
                  <a {...rowLink(showAll(group))} className="mt-2 inline-block text-sm text-accent-700 hover:underline dark:text-accent-500">
                    {t("work.showAll")}
                  </a>
                )}
              </section>
            );
          })}
        </div>
      </RowLinks>
    </Card>
  );
}
