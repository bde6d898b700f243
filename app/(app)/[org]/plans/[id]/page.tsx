import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CIVIL_DATE_FORMAT, civilDateValue } from "@/components/contracts/contract-dates";
import { AdjustHoursForm } from "@/components/plans/adjust-hours-form";
import { planDuration } from "@/components/plans/duration";
import { PlanActions } from "@/components/plans/plan-actions";
import { PlanLedger } from "@/components/plans/plan-ledger";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, CardHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { can } from "@/lib/permissions/can";
import { loadPlan } from "./load-plan";

type Params = { params: Promise<{ org: string; id: string }> };
type Search = { searchParams: Promise<{ period?: string | string[] }> };

export async function generateMetadata({ params }: Params) {
  const { org, id } = await params;
  const loaded = await loadOrDeny(() => loadPlan(org, id));
  return { title: loaded.denied ? (await getTranslations("errors"))("deniedTitle") : loaded.data.detail.plan.title };
}

/** SPEC K2: a plan's terms and its hours ledger (the current period line by line, the others collapsed). */
export default async function PlanPage({ params, searchParams }: Params & Search) {
  const { org, id } = await params;
  // Another period opened to its lines; anything that is not one of the plan's period starts opens none.
  const { period } = await searchParams;
  const loaded = await loadOrDeny(() => loadPlan(org, id));
  if (loaded.denied) return <AccessDenied />;
  const { ctx, detail } = loaded.data;
  const { plan } = detail;
  const t = await getTranslations("plans");
  const format = await getFormatter();
  const slug = ctx.org.slug;
  const d = (minutes: number | null) => (minutes === null ? t("detail.none") : planDuration(t, minutes));
  const money = (value: string | null) =>
    value === null ? t("detail.none") : format.number(Number(value), { style: "currency", currency: ctx.org.currency });
  const yes = (on: boolean) => (on ? "✓" : t("detail.none"));
  const terms: [string, string][] = [
    [t("fields.billingMethod"), t(`methods.${plan.billingMethod}`)],
    [t("fields.billingPeriod"), t(`periods.${plan.billingPeriod}`)],
    [t("fields.firstPeriodStart"), format.dateTime(civilDateValue(plan.firstPeriodStart), CIVIL_DATE_FORMAT)],
    [t("fields.fixedAmount"), money(plan.fixedAmount)],
    [t("fields.includedHours"), d(plan.includedMinutes)],
    [t("fields.hourlyRate"), money(plan.hourlyRate)],
    [t("fields.overtimeRate"), money(plan.overtimeRate)],
    [t("fields.overtimeBehaviour"), t(`overtime.${plan.overtimeBehaviour}`)],
    [t("fields.weeklyMaxHours"), d(plan.weeklyMaxMinutes)],
    [t("fields.roundingMinutes"), String(plan.roundingMinutes)],
    [t("fields.minimumMinutes"), String(plan.minimumMinutes)],
    [t("fields.serviceTypes"), detail.serviceTypes.map((s) => s.label).join(", ") || t("detail.none")],
    [t("fields.carryForward"), plan.carryForward ? [d(plan.carryCapMinutes), plan.carryExpiryPeriods ?? "∞"].join(" · ") : t("detail.none")],
    [t("fields.techMayAddTime"), yes(plan.techMayAddTime)],
    [t("fields.techMayAddCost"), yes(plan.techMayAddCost)],
    [t("fields.fixedCost"), money(plan.fixedCost)],
    [t("fields.differenceCost"), money(plan.differenceCost)],
  ];
  return (
    <>
      <div className="mb-6">
        <Link
          href={`/${slug}/plans`}
          className="mb-2 inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800 dark:hover:text-zinc-200"
        >
          <ChevronLeft className="size-4" aria-hidden />
          {t("title")}
        </Link>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-xl font-semibold tracking-tight break-words">{plan.title}</h1>
            <p className="text-sm text-zinc-500">
              {detail.customer && (
                <Link href={`/${slug}/customers/${detail.customer.id}`} className="hover:underline">
                  {detail.customer.name}
                </Link>
              )}
              {detail.contract && (
                <>
                  {" · "}
                  <Link href={`/${slug}/contracts/${detail.contract.id}`} className="hover:underline">
                    {detail.contract.name}
                  </Link>
                </>
              )}
              {plan.archivedAt && ` · ${t("detail.archivedOn")}`}
            </p>
          </div>
          <PlanActions
            orgSlug={slug}
            plan={{ id: plan.id, version: plan.version, archived: !!plan.archivedAt }}
            can={{ update: can(ctx.actor, "plans.update"), recompute: can(ctx.actor, "plans.recompute"), archive: can(ctx.actor, "plans.archive") }}
          />
        </div>
        {plan.description && <p className="mt-2 text-sm whitespace-pre-line text-zinc-600 dark:text-zinc-300">{plan.description}</p>}
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-6">
          <PlanLedger
            orgSlug={slug}
            detail={detail}
            canClose={can(ctx.actor, "plans.closePeriod")}
            currency={ctx.org.currency}
            openPeriod={typeof period === "string" ? period : null}
          />
          {can(ctx.actor, "plans.adjust") && (
            <Card>
              <CardHeader title={t("detail.adjust.title")} />
              <AdjustHoursForm orgSlug={slug} planId={plan.id} />
            </Card>
          )}
        </div>
        <Card>
          <CardHeader title={t("detail.terms")} />
          <dl className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
            {terms.map(([label, value]) => (
              <div key={label} className="flex justify-between gap-3 px-4 py-2">
                <dt className="text-zinc-500">{label}</dt>
                <dd className="text-right">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
    </>
  );
}
