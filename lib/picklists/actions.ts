"use server";

import { orgMutation } from "@/lib/actions/result";
import { setLabelOverride } from "./label-overrides";
import { addPicklistItem, archivePicklistItem, updatePicklistItem } from "./manage-picklist";

export async function addPicklistItemAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => addPicklistItem(ctx, values));
}

export async function updatePicklistItemAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => updatePicklistItem(ctx, values));
}

export async function archivePicklistItemAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => archivePicklistItem(ctx, values));
}

export async function setLabelOverrideAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => setLabelOverride(ctx, values));
}
