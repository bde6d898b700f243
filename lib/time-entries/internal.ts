import "server-only";
import { eq, isNull, ne, sql } from "drizzle-orm";
import { memberships, serviceRecords, timeEntries } from "@/db/schema";
import type { TimeEntrySource } from "@/db/schema/enum-values";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { OPEN_STATUSES, type ServiceStatus } from "@/lib/service/status";
import { formatDuration, secondsBetween } from "./format";
import { now } from "@/lib/clock";
import type { Actor } from "@/lib/permissions/actor";
import { postTimeToPlan } from "@/lib/plans/post-time-to-plan";

/** Who stops an entry: any actor, with the org (its zone says which day the work counts on in a plan). */
type EntryBy = Pick<OrgContext<Actor>, "actor" | "org">;

/**
 * Every instant is stored to the whole second. Then each entry lasts a whole number of seconds,
 * and the per-user and per-record totals are exact sums of the durations shown on the entries —
 * no rounding anywhere can make the lines disagree with the total.
 */
export function toWholeSecond(date: Date) {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

/** Verbs take `{ now }` only from tests; everywhere else time is the server's clock. */
export type Clock = { now?: Date };
export function instantOf(clock: Clock) {
  return toWholeSecond(clock.now ?? now());
}

/**
 * Serialises one user's timer changes in this org on their membership row: two starts at once
 * (two tabs, a double click) run one after the other, so the second sees and stops the first's
 * entry instead of both inserting. The partial unique index time_entries_one_running_idx is the
 * backstop if some path forgets this lock.
 */
export async function lockTimerOwner(t: Tenant, userId: string) {
  await t.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(t.where(memberships, eq(memberships.userId, userId)))
    .for("no key update");
}

export function assertRecordOpen(record: { status: ServiceStatus }) {
  if (!OPEN_STATUSES.includes(record.status)) throw new ConflictError("recordNotOpen");
}

/** Closed records are filed into the customer's history: their time is final. */
export function assertTimeEditable(record: { status: ServiceStatus }) {
  if (record.status === "closed") throw new ConflictError("recordNotOpen");
}

const entryWithRecord = {
  id: timeEntries.id,
  recordId: timeEntries.recordId,
  userId: timeEntries.userId,
  startedAt: timeEntries.startedAt,
  stoppedAt: timeEntries.stoppedAt,
  source: timeEntries.source,
  note: timeEntries.note,
  number: serviceRecords.number,
  customerId: serviceRecords.customerId,
  status: serviceRecords.status,
};

export type EntryWithRecord = {
  id: string;
  recordId: string;
  userId: string;
  startedAt: Date;
  stoppedAt: Date | null;
  source: TimeEntrySource;
  note: string | null;
  number: number;
  customerId: string | null;
  status: ServiceStatus;
};

function selectEntries(t: Tenant) {
  return t.db
    .select(entryWithRecord)
    .from(timeEntries)
    .innerJoin(serviceRecords, t.where(serviceRecords, eq(serviceRecords.id, timeEntries.recordId)));
}

export async function findRunningEntry(t: Tenant, userId: string): Promise<EntryWithRecord | null> {
  const [row] = await selectEntries(t).where(t.where(timeEntries, eq(timeEntries.userId, userId), isNull(timeEntries.stoppedAt)));
  return row ?? null;
}

export async function getEntryInOrgOrThrow(t: Tenant, id: string): Promise<EntryWithRecord> {
  const [row] = await selectEntries(t).where(t.where(timeEntries, eq(timeEntries.id, id)));
  if (!row) throw new NotFoundError("timeEntry");
  return row;
}

/** Stops a running entry at `at`, logs the run ("#1042 0:12:05") and posts it to the plan the record draws on, in the caller's transaction. */
export async function stopEntry(ctx: EntryBy, t: Tenant, entry: EntryWithRecord, at: Date) {
  // A correction may have moved the start past the clock; a run never lasts less than nothing.
  const stoppedAt = at < entry.startedAt ? entry.startedAt : at;
  await t.db
    .update(timeEntries)
    .set({ stoppedAt })
    .where(t.where(timeEntries, eq(timeEntries.id, entry.id), isNull(timeEntries.stoppedAt)));
  await recordActivity(ctx, t, {
    kind: "service.timeLogged",
    entityId: entry.recordId,
    customerId: entry.customerId,
    summary: `#${entry.number} ${formatDuration(secondsBetween(entry.startedAt, stoppedAt))}`,
  });
  await postTimeToPlan(ctx, t, { recordId: entry.recordId, timeEntryId: entry.id });
  return { id: entry.id, recordId: entry.recordId, startedAt: entry.startedAt.toISOString(), stoppedAt: stoppedAt.toISOString() };
}

/**
 * For verbs that end work on a record (complete, cancel): stops everyone's running timer on it at
 * `at`, so no clock keeps counting on a record nobody can log time on any more.
 */
export async function stopRunningTimersOnRecord(ctx: EntryBy, t: Tenant, recordId: string, at: Date = now()) {
  const running = await selectEntries(t).where(t.where(timeEntries, eq(timeEntries.recordId, recordId), isNull(timeEntries.stoppedAt)));
  for (const entry of running) await stopEntry(ctx, t, entry, toWholeSecond(at));
  return running.length;
}

/**
 * One person cannot work two stretches at once: a manual or corrected entry must not overlap the
 * same user's other entries (a running one reaches to infinity), or their totals would count
 * the same minutes twice.
 */
export async function assertNoOverlap(t: Tenant, userId: string, startedAt: Date, stoppedAt: Date | null, exceptId?: string) {
  const [clash] = await t.db
    .select({ id: timeEntries.id })
    .from(timeEntries)
    .where(
      t.where(
        timeEntries,
        eq(timeEntries.userId, userId),
        exceptId ? ne(timeEntries.id, exceptId) : undefined,
        sql`tstzrange(${timeEntries.startedAt}, coalesce(${timeEntries.stoppedAt}, 'infinity'::timestamptz)) && tstzrange(${startedAt.toISOString()}::timestamptz, coalesce(${stoppedAt?.toISOString() ?? null}::timestamptz, 'infinity'::timestamptz))`,
      ),
    )
    .limit(1);
  if (clash) throw new ConflictError("timeOverlap");
}
