"use server";

import { getLocale } from "next-intl/server";
import { orgAction, orgMutation } from "@/lib/actions/result";
import type { Locale } from "@/lib/i18n/locales";
import { addManualEntry } from "./add-manual-entry";
import { checkIn } from "./check-in";
import { checkOut } from "./check-out";
import { correctEntry } from "./correct-entry";
import { getSupportCustomer } from "./get-support-customer";
import { removeEntry } from "./remove-entry";
import { saveSupportEntry } from "./save-support-entry";
import { startSupportEntry } from "./start-support-entry";
import { startTimer } from "./start-timer";
import { stopTimer } from "./stop-timer";

export async function startTimerAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => startTimer(ctx, values));
}

export async function stopTimerAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => stopTimer(ctx, values));
}

export async function addManualEntryAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => addManualEntry(ctx, values));
}

export async function correctEntryAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => correctEntry(ctx, values));
}

export async function removeEntryAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => removeEntry(ctx, values));
}

export async function checkInAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => checkIn(ctx, values));
}

export async function checkOutAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => checkOut(ctx, values));
}

export async function startSupportEntryAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => startSupportEntry(ctx, values));
}

export async function saveSupportEntryAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => saveSupportEntry(ctx, values));
}

/** The support form reads the chosen customer through an action; still guarded by the verb. */
export async function getSupportCustomerAction(orgSlug: string, values: unknown) {
  const locale = (await getLocale()) as Locale;
  return orgAction(orgSlug, (ctx) => getSupportCustomer(ctx, values, locale));
}
