import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors";
import { loadOrgContext } from "./load-org-context";

/**
 * The signed-in member's context for the org slug, or null (signed out, not a member, no such org).
 * Cached per request, so the locale resolver and the page share one lookup.
 */
export const findOrgContext = cache(async (slug: string) => {
  const user = await getCurrentUser();
  if (!user) return null;
  try {
    return await loadOrgContext(user.id, slug);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
});

/** The request's org context, resolved once per request from the session and the URL's slug. */
export const getOrgContext = cache(async (slug: string) => {
  await requireUser();
  const ctx = await findOrgContext(slug);
  if (!ctx) notFound();
  return ctx;
});
