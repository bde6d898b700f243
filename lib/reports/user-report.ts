import "server-only";
import { and, between, desc, eq, exists, or, sql } from "drizzle-orm";
import { customers, memberships, picklistItems, products, serviceAssignments, serviceRecords, timeEntries, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import type { ServiceStatus } from "@/lib/service/status";
import type { Tenant } from "@/lib/db/tenant";
import { parseInput } from "@/lib/validation";
import { resolveRange } from "./date-range";
import { involves, outer, labelIn, readSnapshot, recordSeconds, ROW_LIMIT, serviceTypeJoin } from "./internal";
import { reportTotals } from "./report-totals";
import { userReportSchema } from "./schemas";

/**
 * Whose report the actor may read: their own always (reports.view); someone else's only with the
 * Manage level, the level that already sets other people's permissions. A technician's hours are
 * personal enough that View must not list a colleague's.
 */
/** A person of this org: a member, or a former one whose work is still on its records. */
async function personInOrgOrThrow(t: Tenant, userId: string) {
  const personId = outer(users.id);
  const [person] = await t.db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        or(
          exists(
            t.db
              .select({ one: sql`1` })
              .from(memberships)
              .where(t.where(memberships, eq(memberships.userId, personId))),
          ),
          exists(
            t.db
              .select({ one: sql`1` })
              .from(timeEntries)
              .where(t.where(timeEntries, eq(timeEntries.userId, personId))),
          ),
          exists(
            t.db
              .select({ one: sql`1` })
              .from(serviceAssignments)
              .where(t.where(serviceAssignments, eq(serviceAssignments.userId, personId))),
          ),
        ),
      ),
    );
  if (!person) throw new NotFoundError("user");
  return person;
}

/**
 * Report 2 (SPEC S8): the records a user worked on (logged time on, or is assigned to and did not
 * reject) requested within an inclusive calendar range, with the user's own time on each — not
 * their colleagues' — and totals. Ranges select by request date, like Report 1, so the two
 * reports of the same period add up to the same records.
 */
export async function userReport(ctx: OrgContext, input: unknown = {}, options: { locale?: Locale; limit?: number; now?: Date } = {}) {
  requirePermission(ctx, "reports.view");
  const query = parseInput(userReportSchema, input);
  const userId = query.userId ?? ctx.actor.userId;
  if (userId !== ctx.actor.userId) requirePermission(ctx, "reports.viewOthers");
  const locale = options.locale ?? (ctx.org.locale as Locale);
  const limit = options.limit ?? ROW_LIMIT;
  const { from, to } = resolveRange(query, ctx.org.timeZone, options.now);

  return readSnapshot(ctx.t, async (t) => {
    const user = await personInOrgOrThrow(t, userId);
    const inScope = t.where(serviceRecords, between(serviceRecords.requestDate, from, to), involves(user.id));

    const rows = await t.db
      .select({
        id: serviceRecords.id,
        number: serviceRecords.number,
        requestDate: serviceRecords.requestDate,
        status: serviceRecords.status,
        subject: serviceRecords.subject,
        productName: products.name,
        customerId: serviceRecords.customerId,
        customerName: customers.name,
        typeKey: picklistItems.key,
        typeLabels: picklistItems.labels,
        seconds: recordSeconds(user.id),
        score: serviceRecords.approvalScore,
      })
      .from(serviceRecords)
      .leftJoin(customers, t.where(customers, eq(customers.id, serviceRecords.customerId)))
      .leftJoin(picklistItems, serviceTypeJoin(serviceRecords.orgId, serviceRecords.serviceTypeId))
      .leftJoin(products, t.where(products, eq(products.id, serviceRecords.productId)))
      .where(inScope)
      .orderBy(desc(serviceRecords.requestDate), desc(serviceRecords.number))
      .limit(limit + 1);

    const totals = await reportTotals(t, inScope, locale, user.id);

    return {
      user,
      isOwn: user.id === ctx.actor.userId,
      range: { from, to },
      rows: rows.slice(0, limit).map((r) => ({
        id: r.id,
        number: r.number,
        requestDate: r.requestDate,
        status: r.status as ServiceStatus,
        subject: r.subject || r.productName || "",
        customer: r.customerId && r.customerName ? { id: r.customerId, name: r.customerName } : null,
        serviceType: labelIn({ key: r.typeKey, labels: r.typeLabels }, locale),
        seconds: r.seconds,
        score: r.score,
      })),
      truncated: rows.length > limit,
      totals,
    };
  });
}

export type UserReport = Awaited<ReturnType<typeof userReport>>;
