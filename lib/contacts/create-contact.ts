import "server-only";
import { contacts } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { getCustomerInOrgOrThrow, refreshCustomerSearch } from "@/lib/customers/internal";
import { createOnce } from "@/lib/idempotency/create-once";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { makePrimary } from "./internal";
import { contactSchemasFor } from "./schemas";

export async function createContact(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "contacts.create");
  const { isPrimary, idempotencyKey, ...values } = parseInput(contactSchemasFor(ctx.org.phoneCountry).create, input);
  return ctx.t.transaction((t) =>
    createOnce(ctx, t, "contacts.create", idempotencyKey, async () => {
      await getCustomerInOrgOrThrow(t, values.customerId, { lock: true });
      const [contact] = await t.db.insert(contacts).values(t.values(values)).returning({ id: contacts.id });
      const id = contact!.id;
      if (isPrimary) await makePrimary(t, values.customerId, id);
      await refreshCustomerSearch(t, values.customerId);
      await recordActivity(ctx, t, { kind: "contact.created", entityId: id, customerId: values.customerId, summary: values.name });
      return { id };
    }),
  );
}
