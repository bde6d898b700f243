import { getTranslations } from "next-intl/server";
import { toLocalInput } from "@/components/service/form/zoned-time";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { WorkItemForm } from "@/components/work-items/work-item-form";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { ForbiddenError } from "@/lib/errors";
import { listWorkAssignees } from "@/lib/work-items/list-work-assignees";
import { loadWorkItem } from "../load-work-item";

type Params = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("tasks.form"))("editTitle") };
}

export default async function EditTaskPage({ params }: Params) {
  const { org, id } = await params;
  const loaded = await loadOrDeny(async () => {
    const { ctx, item } = await loadWorkItem(org, id);
    // The verb decides again on save; this only keeps a form from opening that could not be saved.
    if (!item.may.edit) throw new ForbiddenError("tasks.update");
    const members = await listWorkAssignees(ctx);
    // Someone who has left keeps the item until it is reassigned: they stay the chosen option.
    if (item.assigneeId && !members.some((m) => m.id === item.assigneeId)) members.unshift({ id: item.assigneeId, name: item.assigneeName ?? "" });
    return { ctx, item, members };
  });
  if (loaded.denied) return <AccessDenied />;
  const { ctx, item, members } = loaded.data;
  const t = await getTranslations("tasks.form");
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("editTitle")} />
      <WorkItemForm
        orgSlug={ctx.org.slug}
        members={members}
        customer={item.customer}
        initial={{
          id: item.id,
          version: item.version,
          kind: item.kind,
          title: item.title,
          description: item.description ?? "",
          priority: item.priority,
          assigneeId: item.assigneeId ?? "",
          dueAt: toLocalInput(item.dueAt?.toISOString() ?? null, ctx.org.timeZone),
          // A customer out of the actor's sight is kept as it is (the verb sees it unchanged).
          customerId: item.customerId ?? "",
        }}
      />
    </div>
  );
}
