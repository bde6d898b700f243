import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { getAppointment } from "@/lib/appointments/get-appointment";
import { NotFoundError } from "@/lib/errors";
import { getOrgContext } from "@/lib/orgs/get-org-context";

/**
 * The appointment for its page and edit page, once per request. Unknown, malformed and
 * out-of-scope ids all end in not-found; a member without calendar.view gets ForbiddenError.
 */
export const loadAppointment = cache(async (orgSlug: string, id: string) => {
  if (!z.uuid().safeParse(id).success) notFound();
  const ctx = await getOrgContext(orgSlug);
  try {
    return { ctx, appointment: await getAppointment(ctx, { id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
