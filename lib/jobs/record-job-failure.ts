import "server-only";
import { jobFailures } from "@/db/schema";
import type { SystemContext } from "./define-job";

/** A message fit for the admin page: the error's own, bounded, never the stack. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.slice(0, 2000);
}

/**
 * The dead letter: written when a job's last retry fails, in the job's org (row-level security),
 * so the org's admins see it in Settings → Background jobs and can send it again.
 */
export async function recordJobFailure(
  ctx: SystemContext,
  failure: { queue: string; jobId: string; data: Record<string, unknown>; error: unknown; attempts: number },
) {
  await ctx.t.db.insert(jobFailures).values(
    ctx.t.values({
      queue: failure.queue,
      jobId: failure.jobId,
      data: failure.data,
      lastError: describeError(failure.error),
      attempts: failure.attempts,
    }),
  );
}
