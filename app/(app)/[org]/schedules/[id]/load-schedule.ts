import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { getSchedule } from "@/lib/schedules/get-schedule";

/** The schedule for its page and edit page, once per request; unknown, malformed and out-of-scope ids are not found. */
export const loadSchedule = cache(async (orgSlug: string, id: string) => {
  if (!z.uuid().safeParse(id).success) notFound();
  const ctx = await getOrgContext(orgSlug);
  try {
    return { ctx, detail: await getSchedule(ctx, { id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
