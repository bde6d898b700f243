import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { getApprovalPage, type ApprovalPage } from "@/lib/approval/get-approval-page";
import { clientAddress } from "@/lib/http/client-address";
import { isLocale, type Locale } from "@/lib/i18n/locales";

// Metadata, layout and page share one lookup per request, so a visit counts as one attempt at most.
export const loadPage = cache(async (token: string) => getApprovalPage(token, clientAddress(await headers())));

/** The org's language when the link names an org (SPEC S6); otherwise the visitor's. */
export async function pageLocale(page: ApprovalPage): Promise<Locale> {
  const orgLocale = "org" in page ? page.org.locale : null;
  return isLocale(orgLocale) ? orgLocale : ((await getLocale()) as Locale);
}
