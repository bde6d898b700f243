import "server-only";
import { render } from "@react-email/components";
import { createElement } from "react";
import { createTranslator } from "use-intl/core";
import ActionLinkEmail from "@/emails/action-link-email";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

export type RenderedEmail = { kind: string; locale: Locale; subject: string; html: string; text: string };

type LinkEmail =
  { kind: "invitation"; values: { org: string; inviter: string; days: number } } | { kind: "passwordReset"; values: { minutes: number } };

type LinkEmailNamespace = `emails.${LinkEmail["kind"]}` | "dispatch.email.rejected";

/**
 * Renders an e-mail with one button link (ActionLinkEmail) in the recipient's language from the
 * catalogue namespace's subject/heading/body/button/fallback/footer; the result is what the outbox
 * stores.
 */
export async function renderActionLinkEmail(email: {
  kind: string;
  namespace: LinkEmailNamespace;
  locale: string | null | undefined;
  values: Record<string, string | number>;
  url: string;
}): Promise<RenderedEmail> {
  const locale: Locale = isLocale(email.locale) ? email.locale : "en";
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: email.namespace });
  const { values } = email;
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
    kind: email.kind,
    locale,
    subject: text.subject,
    html: await render(element),
    text: await render(element, { plainText: true }),
  };
}

/** An invitation or password-reset e-mail. */
export function renderLinkEmail(email: LinkEmail & { locale: string | null | undefined; url: string }): Promise<RenderedEmail> {
  return renderActionLinkEmail({ kind: email.kind, namespace: `emails.${email.kind}`, locale: email.locale, values: email.values, url: email.url });
}
