import "server-only";
import { sql } from "drizzle-orm";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { ORG_JOBS } from "./registry";

export const RECENT_JOBS = 20;

export type RecentJob = { id: string; queue: string; state: string; retryCount: number; createdOn: Date; completedOn: Date | null };

/**
 * The org's latest jobs as pg-boss holds them (queued, running, retrying, done or failed), for the
 * admin page. pg-boss's table has no org column: the org is the payload's `orgId`, which every
 * org job carries (enqueue-org-job.ts). `queues`: the registry's, or the caller's (tests).
 */
export async function listRecentJobs(ctx: OrgContext, queues: readonly string[] = ORG_JOBS.map((job) => job.name)): Promise<RecentJob[]> {
  requirePermission(ctx, "jobs.view");
  if (queues.length === 0) return [];
  const rows = await ctx.t.db.execute<{
    id: string;
    name: string;
    state: string;
    retry_count: number;
    created_on: string;
    completed_on: string | null;
  }>(sql`
    select id, name, state, retry_count, created_on, completed_on
    from pgboss.job
    where name in (${sql.join(
      queues.map((queue) => sql`${queue}`),
      sql`, `,
    )}) and data->>'orgId' = ${ctx.org.id}
    order by created_on desc, id desc
    limit ${RECENT_JOBS}`);
  return [...rows].map((row) => ({
    id: row.id,
    queue: row.name,
    state: row.state,
    retryCount: Number(row.retry_count),
    createdOn: new Date(row.created_on),
    completedOn: row.completed_on ? new Date(row.completed_on) : null,
  }));
}
