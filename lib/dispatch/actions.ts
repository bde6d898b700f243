"use server";

import { orgMutation } from "@/lib/actions/result";
import { planRecord } from "./plan-record";

/** The board's drop and its "Plan…" form: plans, or answers the warnings without saving. */
export async function planRecordAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => planRecord(ctx, values));
}
