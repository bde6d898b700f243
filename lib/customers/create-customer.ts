import "server-only";
import { contacts, customers, customerTechnicians } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { createOnce } from "@/lib/idempotency/create-once";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertPlacement } from "./assert-placement";
import { assertAccountCodeFree, assertReferencesInOrg, refreshCustomerSearch, setCustomerTags } from "./internal";
import { customerSchemasFor } from "./schemas";

export async function createCustomer(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "customers.create");
  const { contact, tagIds, idempotencyKey, ...fields } = parseInput(customerSchemasFor(ctx.org.phoneCountry).create, input);
  // Someone who sees only what they are responsible for would lose sight of a customer they add
  // without a rep: they become its sales rep (a technician, its authorised technician, below).
  const scope = ctx.t.scope.write;
  if (scope.kind === "people" && !fields.salesRepId && !fields.supportRepId) fields.salesRepId = ctx.actor.userId;
  // Two requests with one account code both pass the check; the unique index answers the second
  // with the same field error (lib/db/unique-violations.ts).
  return ctx.t.transaction((t) =>
    createOnce(ctx, t, "customers.create", idempotencyKey, async () => {
      Object.assign(fields, await assertPlacement(t, { type: fields.type, parentId: fields.parentId ?? null }));
      await assertReferencesInOrg(t, { ...fields, tagIds });
      await assertAccountCodeFree(t, fields.accountCode);
      const [customer] = await t.db.insert(customers).values(t.values(fields)).returning({ id: customers.id });
      const id = customer!.id;
      await t.db.insert(contacts).values(t.values({ ...contact, customerId: id, isPrimary: true }));
      await setCustomerTags(t, id, tagIds);
      if (scope.kind === "technician") await t.db.insert(customerTechnicians).values(t.values({ customerId: id, userId: ctx.actor.userId }));
      await refreshCustomerSearch(t, id);
      await recordActivity(ctx, t, { kind: "customer.created", entityId: id, customerId: id, summary: fields.name });
      return { id };
    }),
  );
}
