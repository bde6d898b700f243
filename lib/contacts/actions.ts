"use server";

import { orgMutation } from "@/lib/actions/result";
import { removeContact } from "./remove-contact";

// Creating and editing contacts still go through lib/customers/actions.ts; new contact actions live here.
export async function removeContactAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => removeContact(ctx, values));
}
