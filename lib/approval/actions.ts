"use server";

import { headers } from "next/headers";
import { orgMutation, toResult } from "@/lib/actions/result";
import { clientAddress } from "@/lib/http/client-address";
import { approveService } from "@/lib/service/approve";
import { closeService } from "@/lib/service/close";
import { completeService } from "@/lib/service/complete";
import type { ApproveFormState } from "./approve-form-state";

export async function completeServiceAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => completeService(ctx, values));
}

export async function closeServiceAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => closeService(ctx, values));
}

const REFUSALS: Record<string, Extract<ApproveFormState, { status: "refused" }>["reason"]> = {
  notFound: "unknown",
  approvalUsed: "used",
  approvalExpired: "expired",
  approvalRateLimited: "rateLimited",
};

/** The public approval form (works before hydration too: a plain form post with useActionState). */
export async function approveServiceAction(_previous: ApproveFormState, form: FormData): Promise<ApproveFormState> {
  const address = clientAddress(await headers());
  const result = await toResult(() =>
    approveService({ token: form.get("token"), score: form.get("score") ?? undefined, comment: form.get("comment") }, address),
  );
  if (result.ok) return { status: "approved", ...result.data };
  if (result.fieldErrors) return { status: "invalid", fieldErrors: result.fieldErrors };
  return { status: "refused", reason: REFUSALS[result.error] ?? "unexpected" };
}
