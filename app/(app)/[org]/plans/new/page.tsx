import { getLocale, getTranslations } from "next-intl/server";
import { PlanForm } from "@/components/plans/plan-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { now } from "@/lib/clock";
import { todayIn } from "@/lib/contracts/today";
import { getCustomer } from "@/lib/customers/get-customer";
import type { Locale } from "@/lib/i18n/locales";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { firstValues } from "@/lib/search/first-values";
import { loadPlanFormOptions } from "../load-plan-form-options";

export async function generateMetadata() {
  return { title: (await getTranslations("plans"))("form.newTitle") };
}

/** A new plan; `?customer=<id>` (the customer page's link) prefills the customer. */
export default async function NewPlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await getOrgContext((await params).org);
  const customerId = firstValues(await searchParams).customer;
  const locale = (await getLocale()) as Locale;
  const loaded = await loadOrDeny(async () => {
    requirePermission(ctx, "plans.create");
    // An unknown or unseen customer id just leaves the field empty.
    const customer = customerId ? await getCustomer(ctx, { id: customerId }).catch(() => null) : null;
    return { customer, options: await loadPlanFormOptions(ctx, customer?.id ?? null, locale) };
  });
  if (loaded.denied) return <AccessDenied />;
  const { customer, options } = loaded.data;
  const t = await getTranslations("plans");
  // The first period starts on the first of this month in the org's zone unless typed otherwise.
  const firstOfMonth = `${todayIn(ctx.org.timeZone, now()).slice(0, 8)}01`;
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("form.newTitle")} />
      <PlanForm
        orgSlug={ctx.org.slug}
        customer={customer ? { id: customer.id, name: customer.name } : null}
        contracts={options.contracts}
        serviceTypes={options.serviceTypes}
        initial={{
          customerId: customer?.id ?? "",
          contractId: "",
          title: "",
          description: "",
          billingMethod: "prepaid_hours",
          billingPeriod: "monthly",
          firstPeriodStart: firstOfMonth,
          fixedAmount: "",
          includedMinutes: "",
          hourlyRate: "",
          overtimeRate: "",
          overtimeBehaviour: "bill_overtime",
          weeklyMaxMinutes: "",
          roundingMinutes: "15",
          minimumMinutes: "0",
          serviceTypeIds: [],
          carryForward: false,
          carryCapMinutes: "",
          carryExpiryPeriods: "",
          techMayAddCost: false,
          techMayAddTime: false,
          fixedCost: "",
          differenceCost: "",
        }}
      />
    </div>
  );
}
