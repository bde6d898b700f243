"use server";

import { orgMutation } from "@/lib/actions/result";
import { retryJobFailure } from "./retry-job-failure";

export async function retryJobFailureAction(orgSlug: string, id: string) {
  return orgMutation(orgSlug, (ctx) => retryJobFailure(ctx, { id }));
}
