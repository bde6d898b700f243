"use server";

import { orgMutation } from "@/lib/actions/result";
import { setSlaPolicy } from "./set-sla-policy";

export async function setSlaPolicyAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => setSlaPolicy(ctx, values));
}
