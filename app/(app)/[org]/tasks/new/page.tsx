import { getTranslations } from "next-intl/server";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { WorkItemForm } from "@/components/work-items/work-item-form";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getCustomer } from "@/lib/customers/get-customer";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { firstValues } from "@/lib/search/first-values";
import { listWorkAssignees } from "@/lib/work-items/list-work-assignees";

export async function generateMetadata() {
  return { title: (await getTranslations("tasks.form"))("newTitle") };
}

/** A new task or issue; `?customer=<id>` (the customer page's link) prefills the customer. */
export default async function NewTaskPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await getOrgContext((await params).org);
  const customerId = firstValues(await searchParams).customer;
  const loaded = await loadOrDeny(async () => {
    requirePermission(ctx, "tasks.create");
    // An unknown or unseen customer id just leaves the field empty.
    const customer = customerId ? await getCustomer(ctx, { id: customerId }).catch(() => null) : null;
    return { customer, members: await listWorkAssignees(ctx) };
  });
  if (loaded.denied) return <AccessDenied />;
  const { customer, members } = loaded.data;
  const t = await getTranslations("tasks.form");
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("newTitle")} />
      <WorkItemForm
        orgSlug={ctx.org.slug}
        members={members}
        customer={customer ? { id: customer.id, name: customer.name } : null}
        initial={{
          kind: "task",
          title: "",
          description: "",
          priority: "normal",
          assigneeId: ctx.actor.userId,
          dueAt: "",
          customerId: customer?.id ?? "",
        }}
      />
    </div>
  );
}
