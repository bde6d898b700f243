import "server-only";
import { cookies, headers } from "next/headers";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { OrgContext } from "@/lib/context";
import { type Locale, LOCALE_COOKIE, pickLocale } from "./locales";

/**
 * The language a member's page would speak (SPEC G2: their choice, the cookie, the org's, the
 * browser's), for route handlers that answer data rather than pages: cheaper than next-intl's
 * getLocale(), which would also load the org's whole message catalogue.
 */
export async function memberLocale(user: CurrentUser, ctx: OrgContext): Promise<Locale> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return pickLocale({
    user: user.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    org: ctx.org.locale,
    browser: headerList.get("accept-language"),
  });
}
