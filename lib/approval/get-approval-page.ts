import "server-only";
import { db } from "@/db/client";
import { tokenContext } from "@/lib/auth/token-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { findApprovalToken } from "./find-approval-token";
import { formatReport } from "./format-report";
import { beginApprovalAttempt, forgiveAttempt } from "./public-attempts";
import { loadServiceReport } from "./service-report";

type PageOrg = { name: string; locale: string; timeZone: string };

export type ApprovalPage =
  | { state: "rateLimited" }
  | { state: "unknown" }
  | { state: "expired"; org: PageOrg }
  | { state: "used"; org: PageOrg; number: string; approvedAt: string | null }
  | { state: "open"; org: PageOrg; report: ReturnType<typeof formatReport> };

/**
 * What `/approve/<token>` shows (SPEC S6). Reading never changes anything but the attempt count:
 * unknown, expired and used links count as bad attempts from `address`; past the limit the
 * address gets "too many attempts" for any bad link, while a valid link still opens (see
 * beginApprovalAttempt for why).
 */
export async function getApprovalPage(token: string, address: string): Promise<ApprovalPage> {
  const attempt = await beginApprovalAttempt(address);
  const found = await findApprovalToken(db, token);
  if (found?.state !== "open" && attempt.overLimit) return { state: "rateLimited" };
  if (!found) return { state: "unknown" };
  const org = { name: found.org.name, locale: found.org.locale, timeZone: found.org.timeZone };
  if (found.state === "used")
    return { state: "used", org, number: `#${found.record.number}`, approvedAt: found.record.approvedAt?.toISOString() ?? null };
  if (found.state === "expired") return { state: "expired", org };
  await forgiveAttempt(attempt);
  // The holder's context sees the link's record and nothing else: the report reads through it.
  const ctx = await tokenContext("approval", found.holder);
  requirePermission(ctx, "serviceRecords.view");
  const report = await loadServiceReport(ctx.t, found.record.id, found.org.timeZone);
  return { state: "open", org, report: formatReport(report, found.org) };
}
