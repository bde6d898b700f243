import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { CreateServiceForm } from "@/components/service/form/create-service-form";
import { loadServiceChoices } from "@/components/service/form/load-service-choices";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { now } from "@/lib/clock";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";
import { getServiceCustomer } from "@/lib/service/get-service-customer";

type Props = { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  return { title: (await getTranslations("service.form"))("newTitle") };
}

/** Today's date where the org works, as the request date to start from. */
function todayIn(timeZone: string) {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now());
}

export default async function NewServiceRecordPage({ params, searchParams }: Props) {
  const ctx = await getOrgContext((await params).org);
  const wanted = (await searchParams).customer;
  const customerId = z.uuid().safeParse(Array.isArray(wanted) ? wanted[0] : wanted);
  const locale = await getLocale();
  const loaded = await loadOrDeny(async () => {
    requirePermission(ctx, "serviceRecords.create");
    return Promise.all([
      loadServiceChoices(ctx, locale, { customerId: customerId.success ? customerId.data : null }),
      // From a customer's page: that customer preselected. Another org's id preselects nothing.
      customerId.success ? getServiceCustomer(ctx, { id: customerId.data }, locale).catch(() => null) : null,
    ]);
  });
  if (loaded.denied) return <AccessDenied />;
  const [choices, customer] = loaded.data;
  const t = await getTranslations("service.form");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <CreateServiceForm
        orgSlug={ctx.org.slug}
        choices={choices}
        customer={customer}
        today={todayIn(ctx.org.timeZone)}
        canAssign={can(ctx.actor, "serviceRecords.assign")}
        cancelHref={customer ? `/${ctx.org.slug}/customers/${customer.id}` : `/${ctx.org.slug}/service`}
      />
    </div>
  );
}
