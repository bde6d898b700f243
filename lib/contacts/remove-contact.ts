import "server-only";
import { eq } from "drizzle-orm";
import { contacts, serviceRecords } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { getCustomerInOrgOrThrow, refreshCustomerSearch } from "@/lib/customers/internal";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getContactInOrgOrThrow } from "./internal";
import { contactTargetSchema } from "./schemas";

/**
 * SPEC C6: a customer always has exactly one primary contact, so the primary one is refused until
 * another contact has been made primary. Locks contact then customer, the order updateContact
 * takes them in, so the two never deadlock and the search text is rebuilt from committed contacts.
 */
export async function removeContact(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "contacts.delete");
  const { id } = parseInput(contactTargetSchema, input);
  await ctx.t.transaction(async (t) => {
    const contact = await getContactInOrgOrThrow(t, id, { lock: true });
    if (contact.isPrimary) throw new ConflictError("primaryContact");
    await getCustomerInOrgOrThrow(t, contact.customerId, { lock: true });
    await t.db
      .update(serviceRecords)
      .set({ contactId: null })
      .where(t.where(serviceRecords, eq(serviceRecords.contactId, id)));
    await t.db.delete(contacts).where(t.where(contacts, eq(contacts.id, id)));
    await refreshCustomerSearch(t, contact.customerId);
    await recordActivity(ctx, t, { kind: "contact.deleted", entityId: id, customerId: contact.customerId, summary: contact.name });
  });
}
