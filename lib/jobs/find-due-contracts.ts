import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { sameOrg } from "@/lib/db/tenant";
import { contracts, orgs } from "@/db/schema";
import { instantAt, parseCivilDate } from "@/lib/calendars/civil-date";
import { type DueContract, type DueMilestone, dueMilestones } from "@/lib/contracts/due-milestones";
import { todayIn } from "@/lib/contracts/today";

/** How long after its day a missed milestone is still sent (a sweep that was down for a while). */
const LATE_DAYS = 7;

export type DueContractMilestone = DueMilestone & { orgId: string };

/**
 * Contract milestones and renewals due by `at`, across every org: the sweep's read, with the
 * owner's connection because it serves all orgs at once (lib/README.md, "Jobs"). The SQL keeps
 * only contracts whose earliest milestone has come (a day of slack for the zones ahead of UTC) and
 * whose latest is at most a week old; dueMilestones decides exactly, in each org's zone.
 */
export async function findDueContracts(at: Date) {
  const successor = alias(contracts, "successor");
  const today = todayIn("UTC", at);
  const rows = await db
    .select({ orgId: contracts.orgId, timeZone: orgs.timeZone, row: contracts })
    .from(contracts)
    .innerJoin(orgs, eq(orgs.id, contracts.orgId))
    .leftJoin(successor, sameOrg(successor, contracts, eq(successor.previousId, contracts.id)))
    .where(
      and(
        isNotNull(contracts.startsOn),
        isNotNull(contracts.endsOn),
        isNull(successor.id),
        sql`${contracts.endsOn} - greatest(${contracts.notifyBeforeDays}, ${contracts.noticeDays}) <= ${today}::date + 1`,
        sql`${contracts.endsOn} + greatest(${contracts.notifyAfterDays}, 0) >= ${today}::date - ${LATE_DAYS}::int`,
      ),
    );
  const notifications: DueContractMilestone[] = [];
  const renewals: DueContractMilestone[] = [];
  for (const { orgId, timeZone, row } of rows) {
    const contract: DueContract = {
      id: row.id,
      start: row.startsOn,
      end: row.endsOn,
      notifyBeforeDays: row.notifyBeforeDays,
      notifyAfterDays: row.notifyAfterDays,
      // No notice period: no notice deadline to remind of (it would repeat the end day).
      noticeDays: row.noticeDays > 0 ? row.noticeDays : null,
      terminatedAt: row.terminatedOn ? new Date(instantAt(parseCivilDate(row.terminatedOn), 0, timeZone)) : null,
      renewedIntoId: null,
      autoRenew: row.autoRenew,
      renewalMonths: row.renewalMonths,
    };
    const due = dueMilestones([contract], at, timeZone);
    notifications.push(...due.notifications.map((m) => ({ ...m, orgId })));
    renewals.push(...due.renewals.map((m) => ({ ...m, orgId })));
  }
  return { notifications, renewals };
}
