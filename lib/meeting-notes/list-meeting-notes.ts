import "server-only";
import { desc, eq, exists, gte, ilike, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { customers, meetingNoteParticipants, meetingNotes, users } from "@/db/schema";
import { addCivilDays, instantAt, parseCivilDate } from "@/lib/calendars/civil-date";
import type { OrgContext } from "@/lib/context";
import { decodeCursor, encodeCursor } from "@/lib/db/keyset";
import { instantInRange } from "@/lib/fields/dates";
import { requirePermission } from "@/lib/permissions/require-permission";
import { containsPattern } from "@/lib/search/contains-pattern";
import { type MeetingQuery, parseMeetingQuery } from "./list-params";

export const PAGE_SIZE = 50;

/** The notes `userId` took part in. */
function tookPart(ctx: OrgContext, userId: string) {
  return exists(
    ctx.t.db
      .select({ one: sql`1` })
      .from(meetingNoteParticipants)
      .where(ctx.t.where(meetingNoteParticipants, eq(meetingNoteParticipants.noteId, meetingNotes.id), eq(meetingNoteParticipants.userId, userId))),
  );
}

/** The list's filters; the date range is whole days in the org's zone. */
function meetingFilters(ctx: OrgContext, query: MeetingQuery): (SQL | undefined)[] {
  const zone = ctx.org.timeZone;
  const dayStart = (day: string, plus = 0) => new Date(instantAt(addCivilDays(parseCivilDate(day), plus), 0, zone));
  return [
    query.customer ? eq(meetingNotes.customerId, query.customer) : undefined,
    query.outcome ? eq(meetingNotes.outcome, query.outcome) : undefined,
    query.participant ? tookPart(ctx, query.participant) : undefined,
    query.mine ? tookPart(ctx, ctx.actor.userId) : undefined,
    // The customer's name only matches where the actor sees the customer (the scoped left join).
    query.q ? or(ilike(meetingNotes.summary, containsPattern(query.q)), ilike(customers.name, containsPattern(query.q))) : undefined,
    query.from ? gte(meetingNotes.metAt, dayStart(query.from)) : undefined,
    query.to ? lt(meetingNotes.metAt, dayStart(query.to, 1)) : undefined,
  ];
}

/** Newest meeting first; the cursor carries the meeting's instant and the id. */
function after(cursorRaw: string | undefined): SQL | undefined {
  const cursor = decodeCursor(cursorRaw);
  if (!cursor) return undefined;
  const at = new Date(cursor.v);
  if (!instantInRange(at)) return undefined;
  return sql`(${meetingNotes.metAt}, ${meetingNotes.id}) < (${at.toISOString()}::timestamptz, ${cursor.id}::uuid)`;
}

/** One keyset page of the filtered view (SPEC W5), with each note's participants named. */
export async function listMeetingNotes(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "meetings.view");
  const query = parseMeetingQuery(input);
  const t = ctx.t;
  const rows = await t.db
    .select({
      id: meetingNotes.id,
      metAt: meetingNotes.metAt,
      outcome: meetingNotes.outcome,
      summary: meetingNotes.summary,
      customerId: meetingNotes.customerId,
      customerName: customers.name,
      appointmentId: meetingNotes.appointmentId,
    })
    .from(meetingNotes)
    // A customer out of the actor's sight stays unnamed; the note itself is visible by its own rule.
    .leftJoin(customers, t.where(customers, eq(customers.id, meetingNotes.customerId)))
    .where(t.where(meetingNotes, ...meetingFilters(ctx, query), after(query.after)))
    .orderBy(desc(meetingNotes.metAt), desc(meetingNotes.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const ids = page.map((r) => r.id);
  const participants = ids.length
    ? await t.db
        .select({ noteId: meetingNoteParticipants.noteId, name: users.name, email: users.email })
        .from(meetingNoteParticipants)
        .innerJoin(users, eq(users.id, meetingNoteParticipants.userId))
        .where(t.where(meetingNoteParticipants, inArray(meetingNoteParticipants.noteId, ids)))
        .orderBy(users.name)
    : [];
  const last = page.at(-1);
  return {
    rows: page.map((row) => ({
      ...row,
      metAt: row.metAt.toISOString(),
      participants: participants.filter((p) => p.noteId === row.id).map((p) => p.name || p.email),
    })),
    nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor({ v: last.metAt.toISOString(), id: last.id }) : null,
  };
}

export type MeetingListRow = Awaited<ReturnType<typeof listMeetingNotes>>["rows"][number];
