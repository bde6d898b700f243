import "server-only";
import { eq, gt, isNull } from "drizzle-orm";
import { approvalTokens } from "@/db/schema";
import { formatReport } from "@/lib/approval/format-report";
import { approvalLinkExpiry } from "@/lib/approval/link-lifetime";
import { loadServiceReport } from "@/lib/approval/service-report";
import { recordActivity } from "@/lib/activity/record-activity";
import { newToken } from "@/lib/auth/tokens";
import { now as clockNow } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { appUrl } from "@/lib/http/app-url";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { renderServiceReportEmail } from "@/lib/email/render-service-report-email";
import { stopRunningTimersOnRecord, toWholeSecond } from "@/lib/time-entries/internal";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getServiceRecordInOrgOrThrow, moveStatus } from "./internal";
import { completeSchema } from "./schemas";

/**
 * SPEC S5: the work is done. In one transaction: running timers stop at this instant, the record
 * moves to completed, earlier unused links die, a new single-use link is issued and the report is
 * queued to `email` in the org's language — all of it commits or none of it does.
 */
export async function completeService(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "serviceRecords.update");
  const { id, email, result, fee } = parseInput(completeSchema, input);
  return ctx.t.transaction(async (t) => {
    const record = await getServiceRecordInOrgOrThrow(t, id, { lock: true });
    // moveStatus treats "already there" as done; a second completion must not send a second link.
    if (record.status !== "in_progress") throw new ConflictError("invalidTransition");
    // Whole seconds, like every time entry, so the timers' stop and the completion are one instant.
    const now = toWholeSecond(clockNow());
    await stopRunningTimersOnRecord(ctx, t, id, now);
    await moveStatus(ctx, t, record, "completed", {
      actualEnd: record.actualEnd ?? now,
      completedAt: now,
      reportEmail: email,
      result,
      fee,
    });

    await t.db
      .update(approvalTokens)
      .set({ expiresAt: now })
      .where(t.where(approvalTokens, eq(approvalTokens.recordId, id), isNull(approvalTokens.usedAt), gt(approvalTokens.expiresAt, now)));
    const { token, tokenHash } = newToken();
    const expiresAt = approvalLinkExpiry(now);
    await t.db.insert(approvalTokens).values(t.values({ recordId: id, tokenHash, email: email!, expiresAt }));

    const org = ctx.org;
    const report = formatReport(await loadServiceReport(t, id, org.timeZone), org);
    const expires = new Intl.DateTimeFormat(org.locale, { dateStyle: "long", timeZone: org.timeZone }).format(expiresAt);
    const rendered = await renderServiceReportEmail({ locale: org.locale, orgName: org.name, report, url: appUrl(`/approve/${token}`), expires });
    await enqueueEmail(t.db, { ...rendered, to: email!, orgId: org.id });

    await recordActivity(ctx, t, {
      kind: "service.completed",
      entityId: id,
      customerId: record.customerId,
      summary: `#${record.number} → ${email}`,
    });
    return { id, status: "completed" as const, reportEmail: email!, expiresAt: expiresAt.toISOString() };
  });
}
