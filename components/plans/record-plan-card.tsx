import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import type { OrgContext } from "@/lib/context";
import { can } from "@/lib/permissions/can";
import { getRecordPlanBalance } from "@/lib/plans/get-record-plan-balance";
import { AddPlanWorkForm } from "./add-plan-work-form";
import { planDuration } from "./duration";

/**
 * Issue 12 item 2: on the service record page, the plan the record draws on, what this record has
 * used of it and the balance left in the current period. Renders nothing when it draws on none.
 */
export async function RecordPlanCard({ ctx, recordId }: { ctx: OrgContext; recordId: string }) {
  const balance = await getRecordPlanBalance(ctx, { recordId });
  if (!balance) return null;
  const t = await getTranslations("plans");
  const d = (minutes: number) => planDuration(t, minutes);
  return (
    <Card>
      <CardHeader title={t("card.title")} />
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 px-4 py-3 text-sm" aria-label={t("card.title")}>
        <dt className="text-zinc-500">{t("card.drawsOn")}</dt>
        <dd>
          <Link href={`/${ctx.org.slug}/plans/${balance.planId}`} className="font-medium hover:underline">
            {balance.title}
          </Link>
        </dd>
        <dt className="text-zinc-500">{t("card.recordUsed")}</dt>
        <dd>{d(balance.recordUsed)}</dd>
        <dt className="text-zinc-500">{t("card.remaining")}</dt>
        <dd className="font-medium">{d(balance.totals.remaining)}</dd>
        {balance.totals.overageMinutes > 0 && (
          <>
            <dt className="text-zinc-500">{t("card.overage")}</dt>
            <dd className="text-amber-700 dark:text-amber-400">{d(balance.totals.overageMinutes)}</dd>
          </>
        )}
      </dl>
      {/* The verb decides who may (an assignee or an editor); the form shows where the plan allows it. */}
      {can(ctx.actor, "plans.addWork") && (balance.allows.time || balance.allows.cost) && (
        <AddPlanWorkForm orgSlug={ctx.org.slug} recordId={recordId} allows={balance.allows} />
      )}
    </Card>
  );
}
