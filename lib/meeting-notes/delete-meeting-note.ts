import "server-only";
import { eq } from "drizzle-orm";
import { customers, meetingNotes } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getMeetingNoteInOrgOrThrow } from "./internal";
import { meetingNoteTargetSchema } from "./schemas";

/**
 * Deletes a meeting note (Manage; the page asks for confirmation first). Its participants and
 * people-met rows go with it; the contacts and an appointment booked from it stay.
 */
export async function deleteMeetingNote(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "meetings.delete");
  const { id } = parseInput(meetingNoteTargetSchema, input);
  await ctx.t.transaction(async (t) => {
    const current = await getMeetingNoteInOrgOrThrow(t, id, { lock: true });
    const [customer] = current.customerId
      ? await t.db
          .select({ name: customers.name })
          .from(customers)
          .where(t.where(customers, eq(customers.id, current.customerId)))
      : [];
    await t.db.delete(meetingNotes).where(t.where(meetingNotes, eq(meetingNotes.id, id)));
    await recordActivity(ctx, t, { kind: "meeting_note.deleted", entityId: id, customerId: current.customerId, summary: customer?.name });
  });
}
