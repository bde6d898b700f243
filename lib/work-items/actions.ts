"use server";

import { orgAction, orgMutation } from "@/lib/actions/result";
import { changeWorkItemStatus } from "./change-work-item-status";
import { createWorkItem } from "./create-work-item";
import { deleteWorkItem } from "./delete-work-item";
import { listCustomerLatestWork } from "./list-customer-latest-work";
import { listWorkAssignees } from "./list-work-assignees";
import { updateWorkItem } from "./update-work-item";

export async function createWorkItemAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => createWorkItem(ctx, values));
}

export async function updateWorkItemAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => updateWorkItem(ctx, values));
}

export async function changeWorkItemStatusAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => changeWorkItemStatus(ctx, values));
}

export async function deleteWorkItemAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => deleteWorkItem(ctx, values));
}

/** The customer list's side panel: a customer's latest tasks and issues (guarded and scoped by the verb). */
export async function listCustomerLatestWorkAction(orgSlug: string, query: unknown) {
  return orgAction(orgSlug, (ctx) => listCustomerLatestWork(ctx, query));
}

/** The quick-create dialog's assignee picker, loaded when the dialog first opens. */
export async function listWorkAssigneesAction(orgSlug: string) {
  return orgAction(orgSlug, (ctx) => listWorkAssignees(ctx));
}
