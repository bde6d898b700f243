"use server";

import { orgAction, orgMutation } from "@/lib/actions/result";
import { listNotes } from "./list-notes";
import { removeNote } from "./remove-note";
import { updateNote } from "./update-note";

// Adding a note stays in lib/customers/actions.ts (addNoteAction); the other note actions live here.
export async function updateNoteAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => updateNote(ctx, values));
}

export async function removeNoteAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => removeNote(ctx, values));
}

/** "Show older" on the customer's notes; still guarded by the verb. */
export async function listNotesAction(orgSlug: string, query: unknown) {
  return orgAction(orgSlug, (ctx) => listNotes(ctx, query));
}
