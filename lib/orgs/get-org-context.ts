import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors";
import { loadOrgContext } from "./load-org-context";

/** The request's org context, resolved once per request from the session and the URL's slug. */
export const getOrgContext = cache(async (slug: string) => {
  const user = await requireUser();
  try {
    return await loadOrgContext(user.id, slug);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
