import "server-only";
import { render } from "@react-email/components";
import { createElement } from "react";
import { createTranslator } from "use-intl/core";
import ServiceAssignmentEmail, { type AssignmentDetail } from "@/emails/service-assignment-email";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import type { RenderedEmail } from "./render-email";

/** The record as the assignment e-mail shows it; labels of picklists already in the recipient's language. */
export type AssignmentEmailRecord = {
  number: number;
  subject: string;
  customer: string | null;
  contact: string | null;
  serviceType: string | null;
  priority: string | null;
  plannedStart: Date | null;
  plannedEnd: Date | null;
  description: string | null;
};

/** Building a DateTimeFormat costs more than formatting with it; a job files thousands of visits in a few zones. */
const formats = new Map<string, Intl.DateTimeFormat>();

function plannedWindow(locale: Locale, timeZone: string, start: Date | null, end: Date | null) {
  const key = `${locale}|${timeZone}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone })));
  if (start && end) return format.formatRange(start, end);
  return start ? format.format(start) : end ? format.format(end) : null;
}

/** SPEC S4: in the assignee's language, with the org's time zone for the planned window. */
export async function renderAssignmentEmail(email: {
  locale: string | null | undefined;
  timeZone: string;
  org: string;
  assigner: string;
  record: AssignmentEmailRecord;
  acceptUrl: string;
  rejectUrl: string;
}): Promise<RenderedEmail> {
  const locale: Locale = isLocale(email.locale) ? email.locale : "en";
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "dispatch.email" });
  const { record } = email;
  const values = { number: record.number, subject: record.subject, org: email.org, assigner: email.assigner };
  const details: AssignmentDetail[] = [
    { label: t("number"), value: `#${record.number}` },
    { label: t("customer"), value: record.customer },
    { label: t("contact"), value: record.contact },
    { label: t("type"), value: record.serviceType },
    { label: t("priority"), value: record.priority },
    { label: t("planned"), value: plannedWindow(locale, email.timeZone, record.plannedStart, record.plannedEnd) },
    { label: t("subject"), value: record.subject },
    { label: t("description"), value: record.description },
  ].filter((d): d is AssignmentDetail => !!d.value);
  const text = {
    subject: t("subjectLine", values),
    heading: t("heading", values),
    intro: t("intro", values),
    accept: t("accept"),
    reject: t("reject"),
    replyHint: t("replyHint"),
    fallback: t("fallback"),
    footer: t("footer", values),
  };
  const element = createElement(ServiceAssignmentEmail, { lang: locale, text, details, acceptUrl: email.acceptUrl, rejectUrl: email.rejectUrl });
  return {
    kind: "serviceAssignment",
    locale,
    subject: text.subject,
    html: await render(element),
    // Written out rather than derived from the HTML: the details table would run label and value together.
    text: [
      text.heading,
      "",
      text.intro,
      "",
      ...details.map((d) => `${d.label}: ${d.value}`),
      "",
      `${text.accept}: ${email.acceptUrl}`,
      `${text.reject}: ${email.rejectUrl}`,
      "",
      text.replyHint,
      "",
      "-- ",
      text.footer,
    ].join("\n"),
  };
}
