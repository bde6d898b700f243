import { getLocale, getTranslations } from "next-intl/server";
import { PlanForm } from "@/components/plans/plan-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { hoursInput } from "@/lib/plans/format";
import { loadPlanFormOptions } from "../../load-plan-form-options";
import { loadPlan } from "../load-plan";

type Params = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("plans"))("form.editTitle") };
}

/** Edit a plan over the version loaded here (a save in between is refused as stale). */
export default async function EditPlanPage({ params }: Params) {
  const { org, id } = await params;
  const locale = (await getLocale()) as Locale;
  const loaded = await loadOrDeny(async () => {
    const { ctx, detail } = await loadPlan(org, id);
    requirePermission(ctx, "plans.update");
    return { ctx, detail, options: await loadPlanFormOptions(ctx, detail.plan.customerId, locale) };
  });
  if (loaded.denied) return <AccessDenied />;
  const { ctx, detail, options } = loaded.data;
  const { plan } = detail;
  const t = await getTranslations("plans");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("form.editTitle")} />
      <PlanForm
        orgSlug={ctx.org.slug}
        customer={detail.customer}
        contracts={options.contracts}
        serviceTypes={options.serviceTypes}
        initial={{
          id: plan.id,
          version: plan.version,
          customerId: plan.customerId,
          contractId: plan.contractId ?? "",
          title: plan.title,
          description: plan.description ?? "",
          billingMethod: plan.billingMethod,
          billingPeriod: plan.billingPeriod,
          firstPeriodStart: plan.firstPeriodStart,
          fixedAmount: plan.fixedAmount ?? "",
          includedMinutes: hoursInput(plan.includedMinutes),
          hourlyRate: plan.hourlyRate ?? "",
          overtimeRate: plan.overtimeRate ?? "",
          overtimeBehaviour: plan.overtimeBehaviour,
          weeklyMaxMinutes: hoursInput(plan.weeklyMaxMinutes),
          roundingMinutes: String(plan.roundingMinutes),
          minimumMinutes: String(plan.minimumMinutes),
          serviceTypeIds: plan.serviceTypeIds,
          carryForward: plan.carryForward,
          carryCapMinutes: hoursInput(plan.carryCapMinutes),
          carryExpiryPeriods: plan.carryExpiryPeriods === null ? "" : String(plan.carryExpiryPeriods),
          techMayAddCost: plan.techMayAddCost,
          techMayAddTime: plan.techMayAddTime,
          fixedCost: plan.fixedCost ?? "",
          differenceCost: plan.differenceCost ?? "",
        }}
      />
    </div>
  );
}
