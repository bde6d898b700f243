"use server";

import { getLocale } from "next-intl/server";
import { orgAction, orgMutation } from "@/lib/actions/result";
import { assignEmployees } from "./assign";
import { changeServiceStatus } from "./change-status";
import { createServiceRecord } from "./create-service-record";
import { getServiceCustomer } from "./get-service-customer";
import { updateServiceRecord } from "./update-service-record";

export async function createServiceRecordAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => createServiceRecord(ctx, values));
}

export async function assignEmployeesAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => assignEmployees(ctx, values));
}

export async function updateServiceRecordAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => updateServiceRecord(ctx, values));
}

export async function changeServiceStatusAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => changeServiceStatus(ctx, values));
}

/** The service form reads the chosen customer's details and contacts through here; still guarded by the verb. */
export async function getServiceCustomerAction(orgSlug: string, values: unknown) {
  const locale = await getLocale();
  return orgAction(orgSlug, (ctx) => getServiceCustomer(ctx, values, locale));
}
