import "server-only";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { getMemberProfile } from "@/lib/members/get-member-profile";
import { listMemberDocuments } from "@/lib/members/list-member-documents";
import { getOrgContext } from "@/lib/orgs/get-org-context";

/**
 * The member profile page's data. A malformed id, someone who is not (or no longer) a member of
 * this org, and a colleague's page opened without Manage all end in the same not-found page: the
 * verbs decide who may see it, this only maps their answer. Cached per request, so
 * generateMetadata and the page load it once.
 */
export const loadMemberProfile = cache(async (orgSlug: string, userId: string) => {
  if (!z.uuid().safeParse(userId).success) notFound();
  const ctx = await getOrgContext(orgSlug);
  const locale = (await getLocale()) as Locale;
  try {
    const [profile, documents] = await Promise.all([getMemberProfile(ctx, { userId }, locale), listMemberDocuments(ctx, { userId })]);
    return { ctx, locale, profile, documents };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
