import type { MemberRole } from "@/db/schema/enum-values";
import type { Level } from "./levels";

// Client-safe (types only). Who acts, defined once: the context (lib/context.ts), the guard
// (lib/permissions/require-permission.ts) and the activity feed (lib/activity/record-activity.ts)
// all take this union, so no path acts with a `null` actor.

/** A signed-in member of the org: the permission table decides by role and level. */
export type MemberActor = { kind: "member"; userId: string; role: MemberRole; level: Level; name: string; email: string };

/** A customer's contact signed in to the portal (the portal issue); holds no action yet. */
export type PortalContactActor = { kind: "portal_contact"; contactId: string; customerId: string; name: string; email: string };

/**
 * The secret a public link or reply address carries: the customer's approval link, an assignee's
 * accept/reject link, the reply address of an assignment e-mail, an invitation link.
 */
export type TokenKind = "approval" | "assignment" | "inboundReply" | "invitation";

/**
 * Whoever holds a token: it grants a few actions on the one row it names (token-grants.ts) and
 * its context sees only that row (the "record" and "none" scopes, lib/visibility/scope.ts).
 */
export type TokenHolderActor = {
  kind: "token_holder";
  token: TokenKind;
  /** The row the token names: the service record, or the invitation. */
  recordId: string;
  /** Set when the holder is a known user: the assignee answering, the invited user. */
  userId: string | null;
  /** How the feed names the holder: the approving contact or address, the assignee, a reply's sender. */
  label: string;
};

/** A background job acting for the org. */
export type SystemActor = { kind: "system"; job: string };

export type Actor = MemberActor | PortalContactActor | TokenHolderActor | SystemActor;
