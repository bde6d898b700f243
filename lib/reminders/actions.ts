"use server";

import { orgAction, orgMutation } from "@/lib/actions/result";
import { createReminder } from "./create-reminder";
import { deleteReminder } from "./delete-reminder";
import { dismissReminder } from "./dismiss-reminder";
import { listDueReminders } from "./list-due-reminders";
import { updateReminder } from "./update-reminder";

export async function createReminderAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => createReminder(ctx, values));
}

export async function updateReminderAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => updateReminder(ctx, values));
}

export async function deleteReminderAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => deleteReminder(ctx, values));
}

/** The banner takes itself away; nothing else on the page depends on it, so no re-render. */
export async function dismissReminderAction(orgSlug: string, values: unknown) {
  return orgAction(orgSlug, (ctx) => dismissReminder(ctx, values));
}

/** The banner's timer: what is due now, read when the next reminder falls due. */
export async function listDueRemindersAction(orgSlug: string) {
  return orgAction(orgSlug, (ctx) => listDueReminders(ctx));
}
