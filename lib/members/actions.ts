"use server";

import { orgMutation } from "@/lib/actions/result";
import { setMemberLevel } from "@/lib/permissions/set-level";
import { changeRole } from "./change-role";
import { removeMember } from "./remove-member";
import { setEmploymentStatus } from "./set-employment-status";
import { updateMemberStructure } from "./update-member-structure";

export async function removeMemberAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => removeMember(ctx, values));
}

export async function changeRoleAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => changeRole(ctx, values));
}

export async function setLevelAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => setMemberLevel(ctx, values));
}

export async function updateMemberStructureAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => updateMemberStructure(ctx, values));
}

export async function setEmploymentStatusAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => setEmploymentStatus(ctx, values));
}
