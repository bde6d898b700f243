import "server-only";
import { contacts } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { getCustomerInOrgOrThrow, refreshCustomerSearch } from "@/lib/customers/internal";
import type { Tenant } from "@/lib/db/tenant";
import { makePrimary } from "./internal";
import type { createContactSchema } from "./schemas";
import type { z } from "zod";

/** A contact's fields as the org's contact schema (contactSchemasFor) gives them; the rest default. */
export type NewContact = Pick<z.output<typeof createContactSchema>, "customerId" | "name"> &
  Partial<Omit<z.output<typeof createContactSchema>, "customerId" | "name" | "idempotencyKey">>;

/**
 * Adds a contact to a customer inside the caller's transaction, after the caller's guard
 * (`contacts.create`) and parse: the customer must be in the write scope, its search text and
 * feed follow. The contact form and a meeting note's "someone else" (SPEC W5) both come here.
 */
export async function insertContact(ctx: OrgContext, t: Tenant, { isPrimary = false, ...values }: NewContact) {
  await getCustomerInOrgOrThrow(t, values.customerId, { lock: true });
  const [contact] = await t.db.insert(contacts).values(t.values(values)).returning({ id: contacts.id });
  const id = contact!.id;
  if (isPrimary) await makePrimary(t, values.customerId, id);
  await refreshCustomerSearch(t, values.customerId);
  await recordActivity(ctx, t, { kind: "contact.created", entityId: id, customerId: values.customerId, summary: values.name });
  return id;
}
