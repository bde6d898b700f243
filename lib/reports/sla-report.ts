import "server-only";
import { asc, eq, inArray, ne, sql } from "drizzle-orm";
import { contracts, customers, serviceAssignments, serviceRecords, slaEvents, slaPolicies, users } from "@/db/schema";
import type { BusinessCalendar } from "@/lib/calendars/schemas";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { deriveSlaClock } from "@/lib/sla/clock";
import { loadCalendar } from "@/lib/sla/internal";
import { toSlaEvent } from "@/lib/sla/recompute-sla-cache";
import { parseInput } from "@/lib/validation";
import { isoDateIn } from "./date-range";
import { outer, readSnapshot } from "./internal";
import { outcomeOf, SlaGroups, type SlaGroupRow, type SlaRecordOutcome } from "./sla-report-groups";
import { SLA_REPORT_PAGE_SIZE, slaReportSchema, type SlaReportGroup } from "./sla-report-schema";

/**
 * Records one report replays at most. The judgement needs the clock derived from each record's log
 * (pauses, priority and policy changes, the calendar): the cached sla_state says only the state of
 * the resolution clock, not the first response's nor the business minutes a stopped clock ran, so
 * SQL alone cannot give these figures exactly. Deriving in the server is exact; the 12-month range
 * and this cap bound the work, and the page says when the cap cut the range.
 */
export const SLA_REPORT_RECORD_CAP = 5000;

/** Rows by a key, in order (Map.groupBy needs Node 21). */
function groupBy<T>(rows: readonly T[], key: (row: T) => string) {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

type Found = { recordId: string; number: number; customerId: string | null; customerName: string | null; startedAt: Date };

/** Records whose SLA clock started within the range (the org's calendar days), through the actor's read scope. */
async function findRecords(t: Tenant, q: { from: string; to: string; customerId: string | null; technicianId: string | null }, timeZone: string) {
  const startedDay = sql`(${slaEvents.at} at time zone ${timeZone})::date`;
  const assigned = q.technicianId
    ? sql`exists (select 1 from ${serviceAssignments} where ${serviceAssignments.orgId} = ${outer(serviceRecords.orgId)}
        and ${serviceAssignments.recordId} = ${outer(serviceRecords.id)} and ${serviceAssignments.userId} = ${q.technicianId}
        and ${serviceAssignments.response} <> 'rejected')`
    : undefined;
  const rows = await t.db
    .select({
      recordId: serviceRecords.id,
      number: serviceRecords.number,
      customerId: serviceRecords.customerId,
      customerName: customers.name,
      startedAt: slaEvents.at,
    })
    .from(slaEvents)
    .innerJoin(
      serviceRecords,
      t.where(
        serviceRecords,
        eq(serviceRecords.id, slaEvents.recordId),
        q.customerId ? eq(serviceRecords.customerId, q.customerId) : undefined,
        assigned,
      ),
    )
    .leftJoin(customers, t.where(customers, eq(customers.id, serviceRecords.customerId)))
    .where(t.where(slaEvents, eq(slaEvents.clock, "sla"), eq(slaEvents.kind, "started"), sql`${startedDay} between ${q.from} and ${q.to}`))
    .orderBy(asc(slaEvents.at), asc(slaEvents.seq))
    .limit(SLA_REPORT_RECORD_CAP + 1);
  // A log has one start; should a record ever carry two, its first one places it.
  const byRecord = new Map<string, Found>();
  for (const row of rows) if (!byRecord.has(row.recordId)) byRecord.set(row.recordId, row);
  return { found: [...byRecord.values()].slice(0, SLA_REPORT_RECORD_CAP), truncated: byRecord.size > SLA_REPORT_RECORD_CAP };
}

/** Each record's log, its contract (via the policy its latest start or policy change names) and outcome. */
async function readOutcomes(t: Tenant, recordIds: string[], at: Date) {
  const events = recordIds.length
    ? await t.db
        .select({ recordId: slaEvents.recordId, kind: slaEvents.kind, at: slaEvents.at, data: slaEvents.data })
        .from(slaEvents)
        .where(t.where(slaEvents, inArray(slaEvents.recordId, recordIds), eq(slaEvents.clock, "sla")))
        .orderBy(asc(slaEvents.recordId), asc(slaEvents.at), asc(slaEvents.seq))
    : [];
  const logs = groupBy(events, (e) => e.recordId);
  const calendars = new Map<string, BusinessCalendar | null>();
  const result = new Map<string, { outcome: SlaRecordOutcome; policyId: string | null }>();
  for (const [recordId, rows] of logs) {
    const latest = rows.findLast((r) => r.kind === "started" || r.kind === "policy_changed")?.data;
    const calendarId = latest?.calendarId;
    if (!calendarId) continue;
    if (!calendars.has(calendarId)) calendars.set(calendarId, await loadCalendar(t, calendarId));
    const calendar = calendars.get(calendarId);
    if (!calendar) continue;
    const reading = deriveSlaClock(calendar, rows.map(toSlaEvent), at);
    const stoppedMinutes = (c: typeof reading.firstResponse) => (c?.stoppedAt ? Math.round(c.elapsed) : null);
    result.set(recordId, {
      policyId: latest.policyId ?? null,
      outcome: {
        firstResponse: outcomeOf(reading.firstResponse),
        resolution: outcomeOf(reading.resolution),
        firstResponseMinutes: stoppedMinutes(reading.firstResponse),
        resolutionMinutes: stoppedMinutes(reading.resolution),
      },
    });
  }
  return result;
}

/** Contracts by policy id, as far as the actor sees them (a contract outside the read scope groups under its id, unnamed). */
async function contractsOf(t: Tenant, policyIds: string[]) {
  if (!policyIds.length) return new Map<string, { id: string; name: string | null }>();
  const rows = await t.db
    .select({ policyId: slaPolicies.id, contractId: slaPolicies.contractId, name: contracts.name })
    .from(slaPolicies)
    .leftJoin(contracts, t.where(contracts, eq(contracts.id, slaPolicies.contractId)))
    // Org-wide: the policy is reached through a record the actor sees; only the contract's name is shown, scoped above.
    .where(t.whereInOrg(slaPolicies, inArray(slaPolicies.id, policyIds)));
  return new Map(rows.map((r) => [r.policyId, { id: r.contractId, name: r.name }]));
}

/** Assignees who did not reject, by record. */
async function techniciansOf(t: Tenant, recordIds: string[]) {
  if (!recordIds.length) return new Map<string, { id: string; name: string }[]>();
  const rows = await t.db
    .select({ recordId: serviceAssignments.recordId, id: users.id, name: users.name })
    .from(serviceAssignments)
    .innerJoin(users, eq(users.id, serviceAssignments.userId))
    .where(t.where(serviceAssignments, inArray(serviceAssignments.recordId, recordIds), ne(serviceAssignments.response, "rejected")));
  return groupBy(rows, (r) => r.recordId);
}

function sortRows(rows: SlaGroupRow[], groupBy: SlaReportGroup, locale: Locale) {
  const collator = new Intl.Collator(locale);
  // Months in order; names alphabetically, the "none" group last.
  if (groupBy === "month") return rows.sort((x, y) => x.key.localeCompare(y.key));
  return rows.sort((x, y) => (x.label === null ? 1 : y.label === null ? -1 : collator.compare(x.label, y.label) || x.key.localeCompare(y.key)));
}

/**
 * The SLA report (issue 11 item 7): records whose SLA clock started in the range, grouped by
 * customer, contract, technician or month (the org's time zone), with % first response and
 * resolution met (see outcomeOf for how open clocks count) and median business minutes of the
 * clocks that stopped. Read as of now(): a clock still open is judged by today's reading.
 */
export async function slaReport(ctx: OrgContext, input: unknown, options: { locale?: Locale; allGroups?: boolean } = {}) {
  requirePermission(ctx, "reports.view");
  const q = parseInput(slaReportSchema, input);
  const locale = options.locale ?? (ctx.org.locale as Locale);
  const timeZone = ctx.org.timeZone;
  const at = now();

  return readSnapshot(ctx.t, async (t) => {
    const { found, truncated } = await findRecords(t, q, timeZone);
    const ids = found.map((r) => r.recordId);
    const outcomes = await readOutcomes(t, ids, at);
    const contractByPolicy = await contractsOf(t, [...new Set([...outcomes.values()].flatMap((o) => (o.policyId ? [o.policyId] : [])))]);
    const technicians = q.groupBy === "technician" ? await techniciansOf(t, ids) : new Map<string, { id: string; name: string }[]>();

    const groups = new SlaGroups();
    const totals = new SlaGroups();
    for (const record of found) {
      const judged = outcomes.get(record.recordId);
      if (!judged) continue;
      const contract = judged.policyId ? (contractByPolicy.get(judged.policyId) ?? null) : null;
      if (q.contractId && contract?.id !== q.contractId) continue;
      totals.add("all", null, judged.outcome);
      if (q.groupBy === "customer") groups.add(record.customerId ?? "none", record.customerId ? record.customerName : null, judged.outcome);
      else if (q.groupBy === "contract") groups.add(contract?.id ?? "none", contract?.name ?? null, judged.outcome);
      else if (q.groupBy === "month") groups.add(isoDateIn(record.startedAt, timeZone).slice(0, 7), null, judged.outcome);
      else {
        const people = (technicians.get(record.recordId) ?? []).filter((p) => !q.technicianId || p.id === q.technicianId);
        if (!people.length) groups.add("none", null, judged.outcome);
        for (const person of people) groups.add(person.id, person.name, judged.outcome);
      }
    }

    const rows = sortRows(groups.rows(), q.groupBy, locale);
    // The chosen customer's name for the filter, as far as the actor sees it.
    const [customer] = q.customerId
      ? await t.db
          .select({ id: customers.id, name: customers.name })
          .from(customers)
          .where(t.where(customers, eq(customers.id, q.customerId)))
      : [];
    const pageCount = Math.max(1, Math.ceil(rows.length / SLA_REPORT_PAGE_SIZE));
    const page = Math.min(q.page, pageCount);
    return {
      range: { from: q.from, to: q.to },
      groupBy: q.groupBy,
      filters: { customer: customer ?? null, contractId: q.contractId, technicianId: q.technicianId },
      rows: options.allGroups ? rows : rows.slice((page - 1) * SLA_REPORT_PAGE_SIZE, page * SLA_REPORT_PAGE_SIZE),
      page: options.allGroups ? 1 : page,
      pageCount: options.allGroups ? 1 : pageCount,
      total: totals.rows()[0] ?? null,
      truncated,
    };
  });
}

export type SlaReport = Awaited<ReturnType<typeof slaReport>>;
