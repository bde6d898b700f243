"use server";

import { orgAction, orgMutation } from "@/lib/actions/result";
import { createMeetingNote } from "./create-meeting-note";
import { deleteMeetingNote } from "./delete-meeting-note";
import { listMeetingContactOptions } from "./list-meeting-form-options";
import { updateMeetingNote } from "./update-meeting-note";

export async function createMeetingNoteAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => createMeetingNote(ctx, values));
}

export async function updateMeetingNoteAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => updateMeetingNote(ctx, values));
}

export async function deleteMeetingNoteAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => deleteMeetingNote(ctx, values));
}

/** The form's "people met" choices for the customer just chosen (guarded and scoped by the verb). */
export async function listMeetingContactOptionsAction(orgSlug: string, query: unknown) {
  return orgAction(orgSlug, (ctx) => listMeetingContactOptions(ctx, query));
}
