"use server";

import { orgMutation } from "@/lib/actions/result";
import { createSchedule } from "./create-schedule";
import { deleteSchedule } from "./delete-schedule";
import { pauseSchedule } from "./pause-schedule";
import { resumeSchedule } from "./resume-schedule";
import { updateSchedule } from "./update-schedule";

export async function createScheduleAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => createSchedule(ctx, values));
}

export async function updateScheduleAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => updateSchedule(ctx, values));
}

export async function pauseScheduleAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => pauseSchedule(ctx, values));
}

export async function resumeScheduleAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => resumeSchedule(ctx, values));
}

export async function deleteScheduleAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => deleteSchedule(ctx, values));
}
