import "server-only";
import { now } from "@/lib/clock";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { invitationPartners, invitations, memberProfiles, memberships, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { assertAcceptablePassword, hashPassword } from "@/lib/auth/password";
import { tokenContext } from "@/lib/auth/token-context";
import { AppError, ForbiddenError, ValidationError } from "@/lib/errors";
import { forgetMembership } from "@/lib/members/internal";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { findInvitationByToken } from "./find-invitation";
import { acceptInvitationSchema } from "./schemas";

/**
 * Accepts an invitation once. An address that already has an account must be signed in as that
 * account; otherwise a new user is created with the given name and password.
 */
export async function acceptInvitation(input: unknown, currentUser: CurrentUser | null) {
  const values = parseInput(acceptInvitationSchema, input);
  if (values.password) assertAcceptablePassword(values.password);
  const passwordHash = values.password ? await hashPassword(values.password) : null;

  const accepted = await db.transaction(async (tx) => {
    const found = await findInvitationByToken(values.token, tx, true);
    if (found.state !== "valid") throw new AppError(`invitation.${found.state}`);
    const { invitation, existingUserId } = found;

    let userId = existingUserId;
    if (userId) {
      if (currentUser?.id !== userId) throw new ForbiddenError("invitations.accept");
    } else {
      const missing: Record<string, string> = {};
      if (!values.name) missing.name = "required";
      if (!passwordHash) missing.password = "required";
      if (Object.keys(missing).length) throw new ValidationError(missing);
      const [created] = await tx
        .insert(users)
        .values({ email: invitation.email, name: values.name!, passwordHash: passwordHash! })
        .returning({ id: users.id });
      userId = created!.id;
    }
    await tx
      .insert(memberships)
      .values({ orgId: invitation.orgId, userId: userId!, role: invitation.role, level: invitation.role === "admin" ? "manage" : invitation.level })
      .onConflictDoNothing();
    // The link's holder, now the invited user: their context reaches no customer-owned row.
    const ctx = await tokenContext(
      "invitation",
      { org: invitation.org, recordId: invitation.id, customerId: null, userId: userId!, label: invitation.email },
      tx,
    );
    requirePermission(ctx, "invitations.accept");
    const { t } = ctx;
    // Invited by a partner's staff (SPEC T7): staff of the same partner company.
    const [partner] = await tx
      .select({ partnerCustomerId: invitationPartners.partnerCustomerId })
      .from(invitationPartners)
      .where(t.whereInOrg(invitationPartners, eq(invitationPartners.invitationId, invitation.id)));
    if (partner) {
      await tx
        .insert(memberProfiles)
        .values(t.values({ userId: userId!, partnerCustomerId: partner.partnerCustomerId }))
        .onConflictDoUpdate({ target: [memberProfiles.orgId, memberProfiles.userId], set: { partnerCustomerId: partner.partnerCustomerId } });
    }
    await tx
      .update(invitations)
      .set({ acceptedAt: now() })
      .where(t.where(invitations, eq(invitations.id, invitation.id)));
    return { orgId: invitation.orgId, userId: userId!, orgSlug: invitation.orgSlug, email: invitation.email, newUser: !existingUserId };
  });
  forgetMembership(accepted.orgId, accepted.userId);
  return { orgSlug: accepted.orgSlug, email: accepted.email, newUser: accepted.newUser };
}
