import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { getReminder } from "@/lib/reminders/get-reminder";

/**
 * The reminder for its page, once per request. Unknown, malformed, other orgs' and out-of-scope ids
 * all end in not-found; a member without reminders.manage gets ForbiddenError (→ AccessDenied).
 */
export const loadReminder = cache(async (orgSlug: string, id: string) => {
  if (!z.uuid().safeParse(id).success) notFound();
  const ctx = await getOrgContext(orgSlug);
  try {
    return { ctx, reminder: await getReminder(ctx, { id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
