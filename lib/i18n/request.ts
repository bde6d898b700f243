import { eq } from "drizzle-orm";
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { db } from "@/db/client";
import { orgs } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/current-user";
import { LOCALE_COOKIE, pickLocale } from "./locales";
import { messagesFor } from "./messages";

async function orgLocale(slug: string | null) {
  if (!slug) return null;
  const [org] = await db.select({ locale: orgs.locale }).from(orgs).where(eq(orgs.slug, slug));
  return org?.locale ?? null;
}

export default getRequestConfig(async () => {
  const [cookieStore, headerList, user] = await Promise.all([cookies(), headers(), getCurrentUser()]);
  const locale = pickLocale({
    user: user?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    org: user?.locale ? null : await orgLocale(headerList.get("x-org-slug")),
    browser: headerList.get("accept-language"),
  });
  return {
    locale,
    messages: messagesFor(locale),
    timeZone: headerList.get("x-time-zone") ?? "Europe/Istanbul",
  };
});
