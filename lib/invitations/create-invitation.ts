import "server-only";
import { addDays } from "date-fns";
import { and, eq, isNull, sql } from "drizzle-orm";
import { invitationPartners, invitations, memberships, users } from "@/db/schema";
import { newToken } from "@/lib/auth/tokens";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { renderLinkEmail } from "@/lib/email/render-email";
import { ValidationError } from "@/lib/errors";
import { appUrl } from "@/lib/http/app-url";
import { atLeast } from "@/lib/permissions/levels";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { createInvitationSchema, INVITATION_DAYS } from "./schemas";

/** Invites by e-mail; a newer invitation to the same address replaces the pending one. */
export async function createInvitation(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "invitations.create");
  const values = parseInput(createInvitationSchema, input);
  if (values.role === "admin") requirePermission(ctx, "members.changeRole");
  const level = values.role === "admin" ? "manage" : values.level;
  // SPEC T7: a partner's staff invite their own company's employees, never granting more than they
  // hold (the admin role is refused above: only admins grant it, and admins are never partner staff).
  const partner = ctx.t.scope.write.kind === "subtree" ? ctx.t.scope.write.rootId : null;
  if (partner && !atLeast(ctx.actor.level, level)) throw new ValidationError({ level: "aboveYours" });

  const [existing] = await ctx.t.db
    .select({ userId: users.id, locale: users.locale, member: memberships.userId })
    .from(users)
    .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, ctx.org.id)))
    .where(eq(users.email, values.email));
  if (existing?.member) throw new ValidationError({ email: "alreadyMember" });

  const { token, tokenHash } = newToken();
  const email = await renderLinkEmail({
    kind: "invitation",
    locale: existing?.locale ?? ctx.org.locale,
    url: appUrl(`/invite/${token}`),
    values: { org: ctx.org.name, inviter: ctx.actor.name, days: INVITATION_DAYS },
  });

  return ctx.t.transaction(async (t) => {
    // Invitations to one address in one org run one after another (the lock ends with the
    // transaction): without it, concurrent calls each revoke only what was committed before they
    // started and several links stay valid. With it, the last one in replaces all the others.
    await t.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`invitation:${ctx.org.id}:${values.email}`}, 0))`);
    const at = now();
    await t.db
      .update(invitations)
      .set({ revokedAt: at })
      .where(t.where(invitations, eq(invitations.email, values.email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
    const [row] = await t.db
      .insert(invitations)
      .values(
        t.values({
          email: values.email,
          role: values.role,
          level,
          tokenHash,
          invitedBy: ctx.actor.userId,
          expiresAt: addDays(at, INVITATION_DAYS),
        }),
      )
      .returning({ id: invitations.id });
    if (partner) await t.db.insert(invitationPartners).values(t.values({ invitationId: row!.id, partnerCustomerId: partner }));
    await enqueueEmail(t.db, { ...email, to: values.email, orgId: ctx.org.id });
    return { id: row!.id };
  });
}
