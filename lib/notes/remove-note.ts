import "server-only";
import { eq } from "drizzle-orm";
import { notes } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getNoteInOrgOrThrow, noteSummary } from "./internal";
import { noteTargetSchema } from "./schemas";

/** SPEC A3: the note goes; its activity row keeps what it said, so the feed still tells the story. */
export async function removeNote(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "notes.delete");
  const { id } = parseInput(noteTargetSchema, input);
  await ctx.t.transaction(async (t) => {
    const note = await getNoteInOrgOrThrow(t, id, { lock: true });
    await t.db.delete(notes).where(t.where(notes, eq(notes.id, id)));
    await recordActivity(ctx, t, { kind: "note.deleted", entityId: id, customerId: note.customerId, summary: noteSummary(note.body) });
  });
}
