"use server";

import { orgMutation } from "@/lib/actions/result";
import { createBusinessCalendar } from "./create-business-calendar";
import { deleteBusinessCalendar } from "./delete-business-calendar";
import { updateBusinessCalendar } from "./update-business-calendar";

export async function createBusinessCalendarAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => createBusinessCalendar(ctx, values));
}

export async function updateBusinessCalendarAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => updateBusinessCalendar(ctx, values));
}

export async function deleteBusinessCalendarAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => deleteBusinessCalendar(ctx, values));
}
