import "server-only";
import { render } from "@react-email/components";
import { createElement } from "react";
import { createTranslator } from "use-intl/core";
import type { NotificationParams } from "@/db/schema";
import type { NotificationKind } from "@/db/schema/enum-values";
import ActionLinkEmail from "@/emails/action-link-email";
import type { RenderedEmail } from "@/lib/email/render-email";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

/**
 * The one notification e-mail: the kind's label as subject and heading, its sentence as body and
 * a button to the record, in the recipient's language and the org's time zone (dates and
 * deadlines read as the org's people read them).
 */
export async function renderNotificationEmail(email: {
  kind: NotificationKind;
  params: NotificationParams;
  locale: string | null | undefined;
  timeZone: string;
  org: string;
  url: string;
}): Promise<RenderedEmail> {
  const locale: Locale = isLocale(email.locale) ? email.locale : "en";
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "notifications", timeZone: email.timeZone });
  const values = { subject: email.params.subject, customer: email.params.customer, date: new Date(email.params.date) };
  const text = {
    subject: t(`kinds.${email.kind}.label`),
    heading: t(`kinds.${email.kind}.label`),
    body: t(`kinds.${email.kind}.body`, values),
    button: t("email.button"),
    fallback: t("email.fallback"),
    footer: t("email.footer", { org: email.org }),
  };
  const element = createElement(ActionLinkEmail, { lang: locale, text, url: email.url });
  return {
    kind: `notification.${email.kind}`,
    locale,
    subject: text.subject,
    html: await render(element),
    text: await render(element, { plainText: true }),
  };
}
