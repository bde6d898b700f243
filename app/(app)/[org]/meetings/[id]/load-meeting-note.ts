import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { getMeetingNote } from "@/lib/meeting-notes/get-meeting-note";
import { getOrgContext } from "@/lib/orgs/get-org-context";

/**
 * The note for its page and edit page, once per request. Unknown, malformed, other orgs' and
 * out-of-scope ids all end in not-found; a member without meetings.view gets ForbiddenError (→ AccessDenied).
 */
export const loadMeetingNote = cache(async (orgSlug: string, id: string) => {
  if (!z.uuid().safeParse(id).success) notFound();
  const ctx = await getOrgContext(orgSlug);
  try {
    return { ctx, note: await getMeetingNote(ctx, { id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
