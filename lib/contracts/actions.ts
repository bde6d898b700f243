"use server";

import { getLocale } from "next-intl/server";
import { orgAction, orgMutation } from "@/lib/actions/result";
import type { Locale } from "@/lib/i18n/locales";
import { attachContractFile } from "./attach-contract-file";
import { createContract } from "./create-contract";
import { deleteContract } from "./delete-contract";
import { listCustomerContracts } from "./list-customer-contracts";
import { terminateContract } from "./terminate-contract";
import { updateContract } from "./update-contract";

export async function createContractAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => createContract(ctx, values));
}

export async function updateContractAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => updateContract(ctx, values));
}

export async function terminateContractAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => terminateContract(ctx, values));
}

export async function deleteContractAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => deleteContract(ctx, values));
}

/** The file arrives as FormData (id, file), as a form post would send it. */
export async function attachContractFileAction(orgSlug: string, data: FormData) {
  return orgMutation(orgSlug, (ctx) => attachContractFile(ctx, { id: data.get("id"), file: data.get("file") }));
}

/** The contract picker of the schedule and plan forms, for the customer just chosen there (guarded and scoped by the verb). */
export async function listCustomerContractOptionsAction(orgSlug: string, query: unknown) {
  return orgAction(orgSlug, async (ctx) =>
    (await listCustomerContracts(ctx, query, (await getLocale()) as Locale)).rows.map(({ id, name }) => ({ id, name })),
  );
}
