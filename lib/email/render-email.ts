import "server-only";
import { render } from "@react-email/components";
import { createElement } from "react";
import { createTranslator } from "use-intl/core";
import ActionLinkEmail from "@/emails/action-link-email";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

export type RenderedEmail = { kind: string; locale: Locale; subject: string; html: string; text: string };

type LinkEmail =
  | { kind: "invitation"; values: { org: string; inviter: string; days: number } }
  | { kind: "passwordReset"; values: { minutes: number } };

/** Renders a link e-mail in the recipient's language; the result is what the outbox stores. */
export async function renderLinkEmail(email: LinkEmail & { locale: string | null | undefined; url: string }): Promise<RenderedEmail> {
  const locale: Locale = isLocale(email.locale) ? email.locale : "en";
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: `emails.${email.kind}` });
  const values = email.values as Record<string, string | number>;
  const text = {
    subject: t("subject", values),
    heading: t("heading", values),
    body: t("body", values),
    button: t("button"),
    fallback: t("fallback"),
    footer: t("footer"),
  };
  const element = createElement(ActionLinkEmail, { lang: locale, text, url: email.url });
  return {
    kind: email.kind,
    locale,
    subject: text.subject,
    html: await render(element),
    text: await render(element, { plainText: true }),
  };
}
