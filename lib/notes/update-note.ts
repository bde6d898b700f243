import "server-only";
import { eq } from "drizzle-orm";
import { notes } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getNoteInOrgOrThrow, noteSummary } from "./internal";
import { updateNoteSchema } from "./schemas";

/** SPEC A3: the feed keeps the text before and after. Saving the same text records nothing. */
export async function updateNote(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "notes.update");
  const { id, body } = parseInput(updateNoteSchema, input);
  return ctx.t.transaction(async (t) => {
    const current = await getNoteInOrgOrThrow(t, id, { lock: true });
    if (current.body === body) return { id };
    await t.db
      .update(notes)
      .set({ body })
      .where(t.where(notes, eq(notes.id, id)));
    await recordActivity(ctx, t, {
      kind: "note.updated",
      entityId: id,
      customerId: current.customerId,
      summary: noteSummary(body),
      changes: { body: { from: current.body, to: body } },
    });
    return { id };
  });
}
