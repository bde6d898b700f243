"use server";

import { orgAction, orgMutation } from "@/lib/actions/result";
import { explainAccess } from "./explain-access";
import { setPositionScope } from "./set-position-scope";

export async function setPositionScopeAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => setPositionScope(ctx, values));
}

/** A question, not a change: nothing to revalidate. */
export async function explainAccessAction(orgSlug: string, values: unknown) {
  return orgAction(orgSlug, (ctx) => explainAccess(ctx, values));
}
