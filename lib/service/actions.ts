"use server";

import { getLocale } from "next-intl/server";
import { orgAction, orgMutation } from "@/lib/actions/result";
import { AppError } from "@/lib/errors";
import { assignEmployees } from "./assign";
import { changeServiceStatus } from "./change-status";
import { createServiceRecord } from "./create-service-record";
import { getServiceCustomer } from "./get-service-customer";
import { updateServiceRecord } from "./update-service-record";

/**
 * Files the record, then assigns the people chosen on the form (which e-mails them). The record
 * stands even if assigning is refused (e.g. the member may create but not assign): `assigned`
 * false tells the form to say so instead of inviting a retry that would file it twice.
 */
export async function createServiceRecordAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, async (ctx) => {
    const { id, number, assigneeIds } = await createServiceRecord(ctx, values);
    if (!assigneeIds.length) return { id, number, assigned: true };
    try {
      await assignEmployees(ctx, { id, userIds: assigneeIds });
      return { id, number, assigned: true };
    } catch (error) {
      if (error instanceof AppError) return { id, number, assigned: false };
      throw error;
    }
  });
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
