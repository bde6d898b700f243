import "server-only";
import { render } from "@react-email/components";
import { createElement } from "react";
import { createTranslator } from "use-intl/core";
import ServiceReportEmail from "@/emails/service-report-email";
import { planDuration } from "@/components/plans/duration";
import { type FormattedReport, PLAN_ROWS, planRowValues, REPORT_ROWS } from "@/lib/approval/format-report";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import type { RenderedEmail } from "./render-email";

/**
 * The completion e-mail (SPEC S5) in the org's language: the customer reads the org's report,
 * whoever pressed "Complete". `expires` is already formatted in the org's time zone.
 */
export async function renderServiceReportEmail(email: {
  locale: string;
  orgName: string;
  report: FormattedReport;
  url: string;
  expires: string;
}): Promise<RenderedEmail> {
  const locale: Locale = isLocale(email.locale) ? email.locale : "en";
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "approval" });
  const { report } = email;
  const values = { org: email.orgName, number: report.number, customer: report.customer ?? "" };
  const text = {
    heading: t("email.heading", values),
    intro: t("email.intro", values),
    resultLabel: t("report.result"),
    button: t("email.button"),
    expires: t("email.expires", { date: email.expires }),
    fallback: t("email.fallback"),
    footer: t("email.footer", values),
  };
  const rows = REPORT_ROWS.flatMap((key) => (report[key] ? [{ label: t(`report.${key}`), value: report[key] }] : []));
  if (report.plan) {
    const words = createTranslator({ locale, messages: messagesFor(locale), namespace: "approval.report" });
    const values = planRowValues(report.plan, (minutes) => planDuration(words, minutes));
    rows.push(...PLAN_ROWS.map((key) => ({ label: t(`report.${key}`), value: values[key] })));
  }
  const element = createElement(ServiceReportEmail, { lang: locale, text, rows, result: report.result, url: email.url });
  return {
    kind: "serviceReport",
    locale,
    subject: t("email.subject", values),
    html: await render(element),
    text: await render(element, { plainText: true }),
  };
}
