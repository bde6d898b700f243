import "server-only";
import { desc } from "drizzle-orm";
import { jobFailures } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { encodeCursor, olderThan } from "@/lib/db/keyset";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { jobFailuresQuerySchema } from "./schemas";

export const FAILURES_PAGE = 25;

/**
 * The org's dead letters, newest first by keyset on (failed_at, id). Org-wide by design: jobs act
 * for the whole org, and only its admins hold jobs.view. job_failures is in no visibility registry
 * line (it belongs to no customer), so `where` applies the org alone.
 */
export async function listJobFailures(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "jobs.view");
  const query = parseInput(jobFailuresQuerySchema, input ?? {});
  const rows = await ctx.t.db
    .select({
      id: jobFailures.id,
      queue: jobFailures.queue,
      data: jobFailures.data,
      lastError: jobFailures.lastError,
      attempts: jobFailures.attempts,
      failedAt: jobFailures.failedAt,
      retriedAt: jobFailures.retriedAt,
    })
    .from(jobFailures)
    .where(ctx.t.where(jobFailures, olderThan(jobFailures.failedAt, jobFailures.id, query.before)))
    .orderBy(desc(jobFailures.failedAt), desc(jobFailures.id))
    .limit(FAILURES_PAGE + 1);
  const page = rows.slice(0, FAILURES_PAGE);
  const last = page.at(-1);
  return {
    rows: page,
    before: rows.length > FAILURES_PAGE && last ? encodeCursor({ v: last.failedAt.toISOString(), id: last.id }) : null,
  };
}
