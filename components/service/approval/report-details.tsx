import { getTranslations } from "next-intl/server";
import { planDuration } from "@/components/plans/duration";
import { type FormattedReport, PLAN_ROWS, planRowValues, REPORT_ROWS } from "@/lib/approval/format-report";
import type { Locale } from "@/lib/i18n/locales";

/** The service report as the customer sees it on the approval page (same rows as the e-mail). */
export async function ReportDetails({ locale, report }: { locale: Locale; report: FormattedReport }) {
  const t = await getTranslations({ locale, namespace: "approval.report" });
  const plan = report.plan && planRowValues(report.plan, (minutes) => planDuration(t, minutes));
  return (
    <>
      <dl className="mt-6 divide-y divide-zinc-100 rounded-md border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
        {REPORT_ROWS.map((key) =>
          report[key] ? (
            <div key={key} className="grid gap-1 px-4 py-3 sm:grid-cols-[10rem_1fr] sm:gap-4">
              <dt className="text-sm text-zinc-500">{t(key)}</dt>
              <dd className="font-medium">{report[key]}</dd>
            </div>
          ) : null,
        )}
        {plan &&
          PLAN_ROWS.map((key) => (
            <div key={key} className="grid gap-1 px-4 py-3 sm:grid-cols-[10rem_1fr] sm:gap-4">
              <dt className="text-sm text-zinc-500">{t(key)}</dt>
              <dd className="font-medium">{plan[key]}</dd>
            </div>
          ))}
      </dl>
      {report.result && (
        <div className="mt-6">
          <h2 className="text-sm font-medium text-zinc-500">{t("result")}</h2>
          <p className="mt-1 whitespace-pre-line">{report.result}</p>
        </div>
      )}
    </>
  );
}
