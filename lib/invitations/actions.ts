"use server";

import { orgMutation } from "@/lib/actions/result";
import { createInvitation } from "./create-invitation";
import { revokeInvitation } from "./revoke-invitation";

export async function createInvitationAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => createInvitation(ctx, values));
}

export async function revokeInvitationAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => revokeInvitation(ctx, values));
}
