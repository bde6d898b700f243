"use server";

import { orgMutation } from "@/lib/actions/result";
import { createAppointment } from "./create-appointment";
import { deleteAppointment } from "./delete-appointment";
import { moveAppointment } from "./move-appointment";
import { updateAppointment } from "./update-appointment";

export async function createAppointmentAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => createAppointment(ctx, values));
}

export async function updateAppointmentAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => updateAppointment(ctx, values));
}

export async function deleteAppointmentAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => deleteAppointment(ctx, values));
}

/** The agenda's drag and resize (SPEC W3). */
export async function moveAppointmentAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => moveAppointment(ctx, values));
}
