import "server-only";
import { render } from "@react-email/components";
import { createElement } from "react";
import { createTranslator } from "use-intl/core";
import ActionLinkEmail from "@/emails/action-link-email";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import type { RenderedEmail } from "./render-email";

/**
 * SPEC S4: tells whoever assigned a record that its last assignee rejected it and it is back to
 * New, in the recipient's language, with a link to the record.
 */
export async function renderRejectedAssignmentEmail(email: {
  locale: string | null | undefined;
  org: string;
  name: string;
  number: number;
  subject: string;
  url: string;
}): Promise<RenderedEmail> {
  const locale: Locale = isLocale(email.locale) ? email.locale : "en";
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "dispatch.email.rejected" });
  const values = { org: email.org, name: email.name, number: email.number, subject: email.subject };
  const text = {
    subject: t("subject", values),
    heading: t("heading", values),
    body: t("body", values),
    button: t("button"),
    fallback: t("fallback"),
    footer: t("footer", values),
  };
  const element = createElement(ActionLinkEmail, { lang: locale, text, url: email.url });
  return {
    kind: "serviceAssignmentRejected",
    locale,
    subject: text.subject,
    html: await render(element),
    text: await render(element, { plainText: true }),
  };
}
