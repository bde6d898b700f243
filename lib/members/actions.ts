"use server";

import { orgMutation } from "@/lib/actions/result";
import { setMemberLevel } from "@/lib/permissions/set-level";
import { changeRole } from "./change-role";
import { removeMember } from "./remove-member";

export async function removeMemberAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => removeMember(ctx, values));
}

export async function changeRoleAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => changeRole(ctx, values));
}

export async function setLevelAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => setMemberLevel(ctx, values));
}
