import "server-only";
import { eq, isNull } from "drizzle-orm";
import { jobFailures } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { bindToTransaction } from "./bind-to-transaction";
import { getBoss } from "./boss";
import { retryJobFailureSchema } from "./schemas";

/**
 * Sends a dead letter's job again with its data, as a fresh job with the queue's retries, and marks
 * the row retried in the same transaction (the job exists only if the mark commits). A row already
 * retried is a conflict: two admins clicking at once send it once. Sending it again is safe
 * whatever the job had done before it failed: its effects are claimed by key (once.ts). The row's
 * retried_at and retried_by are the record of who did it; job failures belong to no customer's feed.
 */
export async function retryJobFailure(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "jobs.retry");
  const { id } = parseInput(retryJobFailureSchema, input);
  return ctx.t.transaction(async (t) => {
    const [failure] = await t.db
      .select()
      .from(jobFailures)
      .where(t.whereWritable(jobFailures, eq(jobFailures.id, id)))
      .for("update");
    if (!failure) throw new NotFoundError("jobFailure");
    if (failure.retriedAt) throw new ConflictError("alreadyRetried");
    const boss = await getBoss();
    const jobId = await boss.send(failure.queue, { ...failure.data, orgId: t.orgId }, { db: bindToTransaction(t.db) });
    const retriedAt = now();
    await t.db
      .update(jobFailures)
      .set({ retriedAt, retriedJobId: jobId, retriedById: ctx.actor.userId })
      .where(t.whereWritable(jobFailures, eq(jobFailures.id, id), isNull(jobFailures.retriedAt)));
    return { id, jobId, retriedAt };
  });
}
