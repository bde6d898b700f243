import "server-only";
import { eq } from "drizzle-orm";
import { contacts } from "@/db/schema";
import { diffFields, recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { refreshCustomerSearch } from "@/lib/customers/internal";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getContactInOrgOrThrow, makePrimary } from "./internal";
import { contactSchemasFor } from "./schemas";

/** Same version rule as customers. A primary contact stays primary until another one is made primary. */
export async function updateContact(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "contacts.update");
  const { id, version, isPrimary, ...fields } = parseInput(contactSchemasFor(ctx.org.phoneCountry).update, input);
  return ctx.t.transaction(async (t) => {
    const current = await getContactInOrgOrThrow(t, id, { lock: true });
    if (current.version !== version) throw new ConflictError("staleVersion");
    const changes = diffFields(current, { ...fields, isPrimary: current.isPrimary || isPrimary });
    if (Object.keys(changes).length === 0) return { id, version };
    await t.db
      .update(contacts)
      .set({ ...fields, version: version + 1 })
      .where(t.where(contacts, eq(contacts.id, id)));
    if (isPrimary && !current.isPrimary) await makePrimary(t, current.customerId, id);
    await refreshCustomerSearch(t, current.customerId);
    await recordActivity(ctx, t, { kind: "contact.updated", entityId: id, customerId: current.customerId, summary: fields.name, changes });
    return { id, version: version + 1 };
  });
}
