import "server-only";
import { notes } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { getCustomerInOrgOrThrow } from "@/lib/customers/internal";
import { createOnce } from "@/lib/idempotency/create-once";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { noteSummary } from "./internal";
import { addNoteSchema } from "./schemas";

export async function addNote(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "notes.create");
  const { customerId, body, idempotencyKey } = parseInput(addNoteSchema, input);
  return ctx.t.transaction((t) =>
    createOnce(ctx, t, "notes.create", idempotencyKey, async () => {
      await getCustomerInOrgOrThrow(t, customerId);
      const [note] = await t.db
        .insert(notes)
        .values(t.values({ customerId, body, authorId: ctx.actor.userId }))
        .returning({ id: notes.id });
      await recordActivity(ctx, t, { kind: "note.created", entityId: note!.id, customerId, summary: noteSummary(body) });
      return { id: note!.id };
    }),
  );
}
