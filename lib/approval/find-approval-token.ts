import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { approvalTokens, orgs, serviceRecords } from "@/db/schema";
import { now } from "@/lib/clock";
import type { FoundToken } from "@/lib/auth/token-context";
import { orgContextColumns } from "@/lib/orgs/org-columns";
import { hashToken } from "@/lib/auth/tokens";

/** Links carry 256 bits as 43 base64url characters; anything else is not worth a query. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export type LinkState = "open" | "used" | "expired";

/**
 * The link's token row with its org and record, found by hash only (the page has no org context
 * yet: the token row is what names the org). `lock` holds the token row until the transaction
 * ends, so two approvals of one link run one after the other and the second sees it used.
 */
export async function findApprovalToken(dbx: DbOrTx, token: string, options: { lock?: boolean } = {}) {
  if (!TOKEN_SHAPE.test(token)) return null;
  const query = dbx
    .select({
      token: approvalTokens,
      org: orgContextColumns,
      record: {
        id: serviceRecords.id,
        number: serviceRecords.number,
        status: serviceRecords.status,
        customerId: serviceRecords.customerId,
        version: serviceRecords.version,
        approvedAt: serviceRecords.approvedAt,
      },
    })
    .from(approvalTokens)
    .innerJoin(orgs, eq(orgs.id, approvalTokens.orgId))
    .innerJoin(serviceRecords, and(eq(serviceRecords.orgId, approvalTokens.orgId), eq(serviceRecords.id, approvalTokens.recordId)))
    .where(eq(approvalTokens.tokenHash, hashToken(token)));
  const [row] = options.lock ? await query.for("update", { of: [approvalTokens, serviceRecords] }) : await query;
  if (!row) return null;
  // What tokenContext builds the holder's context from: the link went to `email`.
  const holder: FoundToken = { org: row.org, recordId: row.record.id, customerId: row.record.customerId, userId: null, label: row.token.email };
  return { ...row, holder, state: linkState(row.token, row.record.status) };
}

/**
 * Used wins over expired (the customer should hear their approval counted). A record no longer
 * awaiting approval — reopened, or approved through a newer link — makes an unused link expired.
 */
function linkState(token: { usedAt: Date | null; expiresAt: Date }, status: string): LinkState {
  if (token.usedAt) return "used";
  if (token.expiresAt.getTime() <= now().getTime() || status !== "completed") return "expired";
  return "open";
}
