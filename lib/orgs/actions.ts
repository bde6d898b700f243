"use server";

import { getLocale } from "next-intl/server";
import { orgMutation, toResult } from "@/lib/actions/result";
import { requireUser } from "@/lib/auth/current-user";
import { createOrgForUser } from "./create-org-for-user";
import { updateOrgSettings } from "./update-org-settings";

export async function updateOrgSettingsAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => updateOrgSettings(ctx, values));
}

export async function createOrgAction(values: unknown) {
  return toResult(async () => createOrgForUser(await requireUser(), values, await getLocale()));
}
