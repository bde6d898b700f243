import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { contacts } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { listMembersByName } from "@/lib/members/internal";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { meetingContactOptionsSchema } from "./schemas";

/** The working members a note may name as participants (SPEC T8), by name; also the list's participant filter. */
export async function listParticipantOptions(ctx: OrgContext) {
  requirePermission(ctx, "meetings.view");
  return (await listMembersByName(ctx)).map(({ id, name }) => ({ id, name }));
}

/** The chosen customer's active contacts the actor sees: the "people met" choices. */
export async function listMeetingContactOptions(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "meetings.create");
  const { customerId } = parseInput(meetingContactOptionsSchema, input);
  return ctx.t.db
    .select({ id: contacts.id, name: contacts.name })
    .from(contacts)
    .where(ctx.t.where(contacts, and(eq(contacts.customerId, customerId), eq(contacts.active, true))))
    .orderBy(asc(contacts.name), asc(contacts.id));
}
