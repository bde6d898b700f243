import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { getWorkItem } from "@/lib/work-items/get-work-item";

/**
 * The item for its page and edit page, once per request. Unknown, malformed, other orgs' and
 * out-of-scope ids all end in not-found; a member without tasks.view gets ForbiddenError (→ AccessDenied).
 */
export const loadWorkItem = cache(async (orgSlug: string, id: string) => {
  if (!z.uuid().safeParse(id).success) notFound();
  const ctx = await getOrgContext(orgSlug);
  try {
    return { ctx, item: await getWorkItem(ctx, { id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
