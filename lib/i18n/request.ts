import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock";
import { invitationPageLocale } from "@/lib/invitations/invitation-page-locale";
import { findOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { messagesForOrg } from "@/lib/picklists/label-overrides";
import { isLocale, LOCALE_COOKIE, pickLocale } from "./locales";
import { messagesFor } from "./messages";

export default getRequestConfig(async ({ locale: requested }) => {
  const [cookieStore, headerList, user] = await Promise.all([cookies(), headers(), getCurrentUser()]);
  const slug = headerList.get("x-org-slug");
  // Only a member's pages carry their org's locale and labels; anyone else gets the plain catalogue.
  const ctx = slug ? await findOrgContext(slug) : null;
  // An explicit locale (getTranslations({ locale })) wins: public pages speak the org's language,
  // whatever the visitor's settings.
  const locale = isLocale(requested)
    ? requested
    : pickLocale({
        user: user?.locale,
        cookie: cookieStore.get(LOCALE_COOKIE)?.value,
        // The invitation page takes the inviting org's language (the page names no org slug).
        org: user?.locale ? null : (ctx?.org.locale ?? (await invitationPageLocale(headerList.get("x-pathname")))),
        browser: headerList.get("accept-language"),
      });
  return {
    locale,
    messages: ctx && can(ctx.actor, "customers.view") ? await messagesForOrg(ctx, locale) : messagesFor(locale),
    timeZone: headerList.get("x-time-zone") ?? "Europe/Istanbul",
    // One "now" for the server render and hydration, so relative times ("5 minutes ago") match; the
    // verbs' clock, so "expired" and "in 2 days" agree with what the verbs decided.
    now: now(),
  };
});
