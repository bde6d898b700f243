import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { approvalTokens } from "@/db/schema";
import { approverLabel } from "@/lib/approval/approver-label";
import { findApprovalToken } from "@/lib/approval/find-approval-token";
import { withApprovalAttempt } from "@/lib/approval/public-attempts";
import { approveSchema } from "@/lib/approval/schemas";
import { recordActivity } from "@/lib/activity/record-activity";
import { tenant } from "@/lib/db/tenant";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { moveStatus } from "./internal";

/**
 * SPEC S6: the customer approves on the public page — no member acts, so no permission check; the
 * activities name the link's holder. The token is the only authority: it names the org and the one
 * record it may approve. Everything refused (unknown, expired or used link, bad score) counts as a
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
    const t = tenant(found.org.id, tx);
    const now = new Date();
    await t.db
      .update(approvalTokens)
      .set({ usedAt: now })
      .where(t.where(approvalTokens, eq(approvalTokens.id, found.token.id)));
    // The link's holder acts: the feed names them, not "a former member".
    const approver = { kind: "token_holder" as const, userId: null, label: await approverLabel(t, found.record.customerId, found.token.email) };
    await moveStatus(approver, t, found.record, "approved", { approvedAt: now, approvalScore: score, approvalComment: comment });
    await recordActivity(approver, t, {
      kind: "service.approved",
      entityId: found.record.id,
      customerId: found.record.customerId,
      summary: `#${found.record.number} ${score}/10`,
    });
    return { number: `#${found.record.number}`, score, orgName: found.org.name };
  });
}
