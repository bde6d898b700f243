import "server-only";
import { render } from "@react-email/components";
import { createElement } from "react";
import { createTranslator } from "use-intl/core";
import ReminderEmail from "@/emails/reminder-email";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import type { RenderedEmail } from "./render-email";

/** SPEC W6: the day-before e-mail, in the recipient's language, the due time in the org's zone. */
export async function renderReminderEmail(email: {
  locale: string | null | undefined;
  timeZone: string;
  org: string;
  body: string;
  dueAt: Date;
  customer: string | null;
  creator: string | null;
  url: string;
}): Promise<RenderedEmail> {
  const locale: Locale = isLocale(email.locale) ? email.locale : "en";
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "reminders.email", timeZone: email.timeZone });
  const text = {
    subject: t("subject", { date: email.dueAt }),
    heading: t("heading"),
    when: t("when", { date: email.dueAt }),
    customer: email.customer ? t("customer", { customer: email.customer }) : null,
    from: email.creator ? t("from", { name: email.creator }) : null,
    button: t("button"),
    fallback: t("fallback"),
    footer: t("footer", { org: email.org }),
  };
  const element = createElement(ReminderEmail, { lang: locale, text, body: email.body, url: email.url });
  return {
    kind: "reminder",
    locale,
    subject: text.subject,
    html: await render(element),
    text: await render(element, { plainText: true }),
  };
}
