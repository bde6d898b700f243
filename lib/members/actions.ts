"use server";

import { orgMutation } from "@/lib/actions/result";
import { setMemberLevel } from "@/lib/permissions/set-level";
import { changeRole } from "./change-role";
import { removeMember } from "./remove-member";
import { removeMemberDocument } from "./remove-member-document";
import { setEmploymentStatus } from "./set-employment-status";
import { updateMemberStructure } from "./update-member-structure";
import { uploadMemberDocument } from "./upload-member-document";

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

/** The profile page's upload form sends FormData: the member, the kind and one file. */
export async function uploadMemberDocumentAction(orgSlug: string, formData: FormData) {
  const file = formData.get("file");
  return orgMutation(orgSlug, (ctx) =>
    uploadMemberDocument(ctx, {
      userId: formData.get("userId"),
      kind: formData.get("kind") || undefined,
      file: file instanceof File ? file : undefined,
    }),
  );
}

export async function removeMemberDocumentAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => removeMemberDocument(ctx, values));
}
