import "server-only";
import { render } from "@react-email/components";
import { createElement } from "react";
import { createTranslator } from "use-intl/core";
import AppointmentEmail, { type AppointmentEmailDetail } from "@/emails/appointment-email";
import type { AppointmentEmailKind } from "@/lib/appointments/email-plan";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import type { RenderedEmail } from "./render-email";

/** SPEC W4: in the attendee's language, the slot in the org's time zone. */
export async function renderAppointmentEmail(email: {
  kind: AppointmentEmailKind;
  locale: string | null | undefined;
  timeZone: string;
  org: string;
  appointment: { title: string; startsAt: Date; endsAt: Date; place: string | null; customer: string | null };
  url: string;
}): Promise<RenderedEmail> {
  const locale: Locale = isLocale(email.locale) ? email.locale : "en";
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "appointments.email" });
  const { appointment } = email;
  const slot = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone: email.timeZone }).formatRange(
    appointment.startsAt,
    appointment.endsAt,
  );
  const details: AppointmentEmailDetail[] = [
    { label: t("title"), value: appointment.title },
    { label: t("when"), value: slot },
    { label: t("customer"), value: appointment.customer },
    { label: t("place"), value: appointment.place },
  ].filter((d): d is AppointmentEmailDetail => !!d.value);
  const text = {
    subject: email.kind === "dayBefore" ? t("dayBeforeSubject", { title: appointment.title }) : t("onDaySubject", { title: appointment.title }),
    heading: email.kind === "dayBefore" ? t("dayBeforeHeading") : t("onDayHeading"),
    open: t("open"),
    fallback: t("fallback"),
    footer: t("footer", { org: email.org }),
  };
  const element = createElement(AppointmentEmail, { lang: locale, text, details, url: email.url });
  return {
    kind: "appointmentReminder",
    locale,
    subject: text.subject,
    html: await render(element),
    text: [text.heading, "", ...details.map((d) => `${d.label}: ${d.value}`), "", `${text.open}: ${email.url}`, "", "-- ", text.footer].join("\n"),
  };
}
