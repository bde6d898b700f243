import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { approvalTokens } from "@/db/schema";
import { findApprovalToken } from "@/lib/approval/find-approval-token";
import { withApprovalAttempt } from "@/lib/approval/public-attempts";
import { approveSchema } from "@/lib/approval/schemas";
import { recordActivity } from "@/lib/activity/record-activity";
import { tokenContext } from "@/lib/auth/token-context";
import { now as clockNow } from "@/lib/clock";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { moveStatus } from "./internal";

/**
 * SPEC S6: the customer approves on the public page. The token is the authority: its holder's
 * context (tokenContext) names the org, sees only the one record the link names and passes the
 * guard for approving it; the activities name the holder. Everything refused (unknown, expired or used link, bad score) counts as a
 * bad attempt from `address` and changes nothing else; a valid link works however many bad
 * attempts the address made (see withApprovalAttempt).
 */
export async function approveService(input: unknown, address: string) {
  return withApprovalAttempt(address, async () => {
    const { token, score, comment } = parseInput(approveSchema, input);
    return approveWithToken(token, score, comment);
  });
}

function approveWithToken(token: string, score: number, comment: string | null) {
  return db.transaction(async (tx) => {
    const found = await findApprovalToken(tx, token, { lock: true });
    if (!found) throw new NotFoundError("approvalLink");
    if (found.state === "used") throw new ConflictError("approvalUsed");
    if (found.state === "expired") throw new ConflictError("approvalExpired");
    // The link's holder acts: the feed names them (the contact with the link's address), not "a former member".
    const ctx = await tokenContext("approval", found.holder, tx);
    requirePermission(ctx, "serviceRecords.approve");
    const { t } = ctx;
    const now = clockNow();
    await t.db
      .update(approvalTokens)
      .set({ usedAt: now })
      .where(t.whereWritable(approvalTokens, eq(approvalTokens.id, found.token.id)));
    await moveStatus(ctx, t, found.record, "approved", { approvedAt: now, approvalScore: score, approvalComment: comment });
    await recordActivity(ctx, t, {
      kind: "service.approved",
      entityId: found.record.id,
      customerId: found.record.customerId,
      summary: `#${found.record.number} ${score}/10`,
    });
    return { number: `#${found.record.number}`, score, orgName: found.org.name };
  });
}
