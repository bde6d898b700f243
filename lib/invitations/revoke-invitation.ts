import "server-only";
import { eq, isNull } from "drizzle-orm";
import { invitations } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { invitationTargetSchema } from "./schemas";

export async function revokeInvitation(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "invitations.revoke");
  const { invitationId } = parseInput(invitationTargetSchema, input);
  const revoked = await ctx.t.db
    .update(invitations)
    .set({ revokedAt: now() })
    .where(ctx.t.where(invitations, eq(invitations.id, invitationId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  if (revoked.length === 0) throw new NotFoundError("invitation");
}
