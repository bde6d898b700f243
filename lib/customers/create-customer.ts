import "server-only";
import { contacts, customers } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertAccountCodeFree, assertReferencesInOrg, refreshCustomerSearch, setCustomerTags } from "./internal";
import { createCustomerSchema } from "./schemas";

export async function createCustomer(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "customers.create");
  const { contact, tagIds, ...fields } = parseInput(createCustomerSchema, input);
  return ctx.t.transaction(async (t) => {
    await assertReferencesInOrg(t, { ...fields, tagIds });
    await assertAccountCodeFree(t, fields.accountCode);
    const [customer] = await t.db.insert(customers).values(t.values(fields)).returning({ id: customers.id });
    const id = customer!.id;
    await t.db.insert(contacts).values(t.values({ ...contact, customerId: id, isPrimary: true }));
    await setCustomerTags(t, id, tagIds);
    await refreshCustomerSearch(t, id);
    await recordActivity(ctx, t, { kind: "customer.created", entityId: id, customerId: id, summary: fields.name });
    return { id };
  });
}
