import "server-only";
import { eq } from "drizzle-orm";
import { serviceAssignments } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { logSlaChange } from "@/lib/sla/log-sla-event";
import { requirePermission } from "@/lib/permissions/require-permission";
import type { AssignmentAnswer } from "./respond-to-assignment";

/**
 * Stores one assignee's answer (SPEC S4), in the caller's transaction. Only a token holder may
 * (token-grants.ts), and the write goes through the holder's write scope, which reaches the
 * link's own assignment only: another assignment of the same record is NotFound, not answered.
 */
export async function answerAssignment(
  ctx: OrgContext<Actor>,
  assignment: { recordId: string; userId: string },
  answer: { response: AssignmentAnswer; respondedAt: Date },
) {
  requirePermission(ctx, "assignments.respond");
  const answered = await ctx.t.db
    .update(serviceAssignments)
    .set(answer)
    .where(
      ctx.t.whereWritable(serviceAssignments, eq(serviceAssignments.recordId, assignment.recordId), eq(serviceAssignments.userId, assignment.userId)),
    )
    .returning({ userId: serviceAssignments.userId });
  if (!answered.length) throw new NotFoundError("assignment");
  // Taking the work on is the first response (lib/sla/log-status-move.ts); only the first one counts.
  if (answer.response === "accepted") await logSlaChange(ctx.t, assignment.recordId, { kind: "first_response" });
}
