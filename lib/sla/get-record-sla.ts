import "server-only";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { businessCalendars, contracts, serviceRecords, slaPolicies } from "@/db/schema";
import { SLA_POLICY_KINDS } from "@/db/schema/enum-values";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import type { SlaClockReading } from "./clock";
import { readSlaClock } from "./recompute-sla-cache";

const input = z.object({ recordId: z.uuid({ error: "invalid" }) });

function clockView(c: SlaClockReading | null) {
  if (!c) return null;
  return {
    state: c.state,
    target: c.target,
    deadline: c.deadline.toISOString(),
    left: c.left,
    overdue: c.overdue,
    paused: c.paused,
    stoppedAt: c.stoppedAt?.toISOString() ?? null,
  };
}

/**
 * The record page's SLA card: for each clock the record has (SLA, and OLA once assigned), the
 * contract and calendar it counts under, both deadlines with time left or overdue, and the
 * timeline. The log is read only through the record: a record outside the reader's scope is
 * NotFound, and so is its clock.
 */
export async function getRecordSla(ctx: OrgContext, values: unknown) {
  requirePermission(ctx, "serviceRecords.view");
  const { recordId } = parseInput(input, values);
  const [record] = await ctx.t.db
    .select({ id: serviceRecords.id })
    .from(serviceRecords)
    .where(ctx.t.where(serviceRecords, eq(serviceRecords.id, recordId)));
  if (!record) throw new NotFoundError("serviceRecord");
  const at = now();
  const clocks = [];
  for (const kind of SLA_POLICY_KINDS) {
    const read = await readSlaClock(ctx.t, recordId, kind, at);
    if (!read) continue;
    const names = await namesOf(ctx, read.policyId);
    clocks.push({
      kind,
      contractName: names?.contract ?? null,
      calendarName: names?.calendar ?? null,
      timeZone: read.calendar.timeZone,
      startedAt: read.log[0]!.at.toISOString(),
      firstResponse: clockView(read.reading.firstResponse),
      resolution: clockView(read.reading.resolution),
      timeline: read.reading.timeline.map((s) => ({
        kind: s.kind,
        status: s.status,
        minutes: s.minutes,
        from: s.from.toISOString(),
        to: s.to.toISOString(),
      })),
    });
  }
  return { recordId, clocks };
}

/** The contract and calendar names, as the reader may see them (a contract out of scope: no name). */
async function namesOf(ctx: OrgContext, policyId: string | null) {
  if (!policyId) return null;
  const [row] = await ctx.t.db
    .select({ contract: contracts.name, calendar: businessCalendars.name })
    .from(slaPolicies)
    .innerJoin(contracts, ctx.t.where(contracts, eq(contracts.id, slaPolicies.contractId)))
    .leftJoin(businessCalendars, ctx.t.where(businessCalendars, eq(businessCalendars.id, slaPolicies.calendarId)))
    .where(ctx.t.where(slaPolicies, eq(slaPolicies.id, policyId)));
  return row ?? null;
}

export type RecordSla = Awaited<ReturnType<typeof getRecordSla>>;
