import "server-only";
import { desc, eq } from "drizzle-orm";
import { approvalTokens, serviceRecords } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { serviceTargetSchema } from "@/lib/service/schemas";

/**
 * For the record page's completion panel: the newest approval link (where and when it went, until
 * when it works) and, once the customer approved, their score and comment.
 */
export async function getApprovalState(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "serviceRecords.view");
  const { id } = parseInput(serviceTargetSchema, input);
  const [record] = await ctx.t.db
    .select({ approvedAt: serviceRecords.approvedAt, score: serviceRecords.approvalScore, comment: serviceRecords.approvalComment })
    .from(serviceRecords)
    .where(ctx.t.where(serviceRecords, eq(serviceRecords.id, id)));
  if (!record) throw new NotFoundError("serviceRecord");
  const [link] = await ctx.t.db
    .select({ email: approvalTokens.email, sentAt: approvalTokens.createdAt, expiresAt: approvalTokens.expiresAt, usedAt: approvalTokens.usedAt })
    .from(approvalTokens)
    .where(ctx.t.where(approvalTokens, eq(approvalTokens.recordId, id)))
    .orderBy(desc(approvalTokens.createdAt))
    .limit(1);
  return {
    link: link
      ? {
          email: link.email,
          sentAt: link.sentAt.toISOString(),
          expiresAt: link.expiresAt.toISOString(),
          // Decided here by the verbs' clock, as the approval page decides it, not by the browser's.
          expired: link.expiresAt.getTime() <= now().getTime(),
          usedAt: link.usedAt?.toISOString() ?? null,
        }
      : null,
    approvedAt: record.approvedAt?.toISOString() ?? null,
    score: record.score,
    comment: record.comment,
  };
}

export type ApprovalState = Awaited<ReturnType<typeof getApprovalState>>;
