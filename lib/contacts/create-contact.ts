import "server-only";
import type { OrgContext } from "@/lib/context";
import { createOnce } from "@/lib/idempotency/create-once";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { insertContact } from "./insert-contact";
import { contactSchemasFor } from "./schemas";

export async function createContact(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "contacts.create");
  const { idempotencyKey, ...values } = parseInput(contactSchemasFor(ctx.org.phoneCountry).create, input);
  return ctx.t.transaction((t) => createOnce(ctx, t, "contacts.create", idempotencyKey, async () => ({ id: await insertContact(ctx, t, values) })));
}
