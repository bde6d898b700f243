import "server-only";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { getServiceRecord } from "@/lib/service/get-service-record";

/**
 * The record for its page and edit page. Unknown ids, malformed ids and other orgs' records all
 * end in the route's not-found page; a member without serviceRecords.view gets ForbiddenError
 * (→ AccessDenied). Cached per request so generateMetadata and the page load it once.
 */
export const loadServiceRecord = cache(async (orgSlug: string, id: string) => {
  if (!z.uuid().safeParse(id).success) notFound();
  const ctx = await getOrgContext(orgSlug);
  const locale = await getLocale();
  try {
    return { ctx, locale, record: await getServiceRecord(ctx, { id }, locale) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
