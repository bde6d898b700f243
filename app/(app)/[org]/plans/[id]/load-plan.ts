import "server-only";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { getPlan } from "@/lib/plans/get-plan";

/**
 * The plan for its page and edit page, once per request. Unknown, malformed and out-of-scope ids
 * all end in not-found; a member without plans.view gets ForbiddenError (→ AccessDenied).
 */
export const loadPlan = cache(async (orgSlug: string, id: string) => {
  if (!z.uuid().safeParse(id).success) notFound();
  const ctx = await getOrgContext(orgSlug);
  try {
    return { ctx, detail: await getPlan(ctx, { id }, (await getLocale()) as Locale) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
