import "server-only";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import type { OrgContext } from "@/lib/context";
import { AppError, ValidationError } from "@/lib/errors";
import { uniqueViolationError } from "@/lib/db/unique-violations";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import type { ActionResult } from "./types";

/** The one place errors become what the user sees: known errors by code, others generic and logged. */
export async function toResult<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (caught) {
    unstable_rethrow(caught);
    // Writes outside a tenant transaction (sign-up, org creation) meet unique indexes too.
    const error = uniqueViolationError(caught) ?? caught;
    if (error instanceof ValidationError) return { ok: false, error: "validation", fieldErrors: error.fieldErrors };
    if (error instanceof AppError) return { ok: false, error: error.code };
    console.error("[action]", error);
    return { ok: false, error: "unexpected" };
  }
}

/** Server actions of the staff app: resolve the member's context for the org slug, then run the verb. */
export function orgAction<T>(orgSlug: string, fn: (ctx: OrgContext) => Promise<T>) {
  return toResult(async () => fn(await loadOrgContext((await requireUser()).id, String(orgSlug))));
}

/** An org action that changes data: on success the org's pages are re-rendered with fresh data. */
export async function orgMutation<T>(orgSlug: string, fn: (ctx: OrgContext) => Promise<T>) {
  const result = await orgAction(orgSlug, fn);
  if (result.ok) revalidatePath(`/${encodeURIComponent(orgSlug)}`, "layout");
  return result;
}
