"use server";

import { getLocale } from "next-intl/server";
import { orgAction, orgMutation } from "@/lib/actions/result";
import { listActivities } from "@/lib/activity/list-activities";
import { createContact } from "@/lib/contacts/create-contact";
import { updateContact } from "@/lib/contacts/update-contact";
import type { Locale } from "@/lib/i18n/locales";
import { addNote } from "@/lib/notes/add-note";
import { createCustomer } from "./create-customer";
import { searchCustomerOptions } from "./search-customer-options";
import { removeCustomer } from "./remove-customer";
import { setCustomerTechnicians } from "./set-customer-technicians";
import { updateCustomer } from "./update-customer";

export async function createCustomerAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => createCustomer(ctx, values));
}

export async function updateCustomerAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => updateCustomer(ctx, values));
}

export async function removeCustomerAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => removeCustomer(ctx, values));
}

export async function setCustomerTechniciansAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => setCustomerTechnicians(ctx, values));
}

export async function createContactAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => createContact(ctx, values));
}

export async function updateContactAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => updateContact(ctx, values));
}

export async function addNoteAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => addNote(ctx, values));
}

/** The customer pickers' search (service form, support entry, report filters, parent company). */
export async function searchCustomerOptionsAction(orgSlug: string, query: unknown) {
  return orgAction(orgSlug, async (ctx) => searchCustomerOptions(ctx, query, (await getLocale()) as Locale));
}

/** "Load older" in a feed and the list's side panel read through actions; still guarded by the verbs. */
export async function listActivitiesAction(orgSlug: string, query: unknown) {
  return orgAction(orgSlug, (ctx) => listActivities(ctx, query));
}
