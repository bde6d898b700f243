import "server-only";
import { eq } from "drizzle-orm";
import { customers } from "@/db/schema";
import { diffFields, recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertPlacement } from "./assert-placement";
import {
  assertAccountCodeFree,
  assertReferencesInOrg,
  customerTagIds,
  getCustomerInOrgOrThrow,
  refreshCustomerSearch,
  setCustomerTags,
} from "./internal";
import { customerSchemasFor } from "./schemas";

/**
 * Saves over the version the user loaded; if someone saved in between the edit is refused with
 * "staleVersion" and nothing changes, so the form can keep the user's input and offer a reload.
 */
export async function updateCustomer(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "customers.update");
  const { id, version, tagIds, ...fields } = parseInput(customerSchemasFor(ctx.org.phoneCountry).update, input);
  return ctx.t.transaction(async (t) => {
    const current = await getCustomerInOrgOrThrow(t, id, { lock: true });
    if (current.version !== version) throw new ConflictError("staleVersion");
    Object.assign(fields, await assertPlacement(t, { type: fields.type, parentId: fields.parentId ?? null }, id));
    await assertReferencesInOrg(t, { ...fields, tagIds }, id, current);
    await assertAccountCodeFree(t, fields.accountCode, id);
    const changes = diffFields({ ...current, tagIds: await customerTagIds(t, id) }, { ...fields, tagIds });
    if (Object.keys(changes).length === 0) return { id, version };
    await t.db
      .update(customers)
      .set({ ...fields, version: version + 1 })
      .where(t.where(customers, eq(customers.id, id)));
    if (changes.tagIds) await setCustomerTags(t, id, tagIds);
    await refreshCustomerSearch(t, id);
    await recordActivity(ctx, t, { kind: "customer.updated", entityId: id, customerId: id, summary: fields.name, changes });
    return { id, version: version + 1 };
  });
}
