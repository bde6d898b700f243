import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { approvalTokens } from "@/db/schema";
import { findApprovalToken } from "@/lib/approval/find-approval-token";
import { beginApprovalAttempt, forgiveAttempt } from "@/lib/approval/public-attempts";
import { approveSchema } from "@/lib/approval/schemas";
import { recordActivity } from "@/lib/activity/record-activity";
import { tenant } from "@/lib/db/tenant";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { moveStatus } from "./internal";

/**
 * SPEC S6: the customer approves on the public page — no member acts, so no permission check and
 * activities without an actor. The token is the only authority: it names the org and the one
 * record it may approve. Everything refused (unknown, expired or used link, bad score) counts as a
 * bad attempt from `address` and changes nothing else.
 */
export async function approveService(input: unknown, address: string) {
  const attemptId = await beginApprovalAttempt(address);
  const { token, score, comment } = parseInput(approveSchema, input);
  const approved = await db.transaction(async (tx) => {
    const found = await findApprovalToken(tx, token, { lock: true });
    if (!found) throw new NotFoundError("approvalLink");
    if (found.state === "used") throw new ConflictError("approvalUsed");
    if (found.state === "expired") throw new ConflictError("approvalExpired");
    const t = tenant(found.org.id, tx);
    const now = new Date();
    await t.db.update(approvalTokens).set({ usedAt: now }).where(t.where(approvalTokens, eq(approvalTokens.id, found.token.id)));
    await moveStatus(null, t, found.record, "approved", { approvedAt: now, approvalScore: score, approvalComment: comment });
    await recordActivity(null, t, {
      kind: "service.approved",
      entityId: found.record.id,
      customerId: found.record.customerId,
      summary: `#${found.record.number} ${score}/10`,
    });
    return { number: `#${found.record.number}`, score, orgName: found.org.name };
  });
  await forgiveAttempt(attemptId);
  return approved;
}
