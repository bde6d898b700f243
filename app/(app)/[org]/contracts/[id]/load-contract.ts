import "server-only";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { z } from "zod";
import { getContract } from "@/lib/contracts/get-contract";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { getOrgContext } from "@/lib/orgs/get-org-context";

/**
 * The contract for its page and edit page, once per request. Unknown, malformed and out-of-scope
 * ids all end in not-found; a member without contracts.view gets ForbiddenError (→ AccessDenied).
 */
export const loadContract = cache(async (orgSlug: string, id: string) => {
  if (!z.uuid().safeParse(id).success) notFound();
  const ctx = await getOrgContext(orgSlug);
  try {
    return { ctx, contract: await getContract(ctx, { id }, (await getLocale()) as Locale) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
