import "server-only";
import type { Db, DbOrTx } from "@/db/client";
import { approverLabel } from "@/lib/approval/approver-label";
import { makeContext, type OrgContext } from "@/lib/context";
import type { OrgContextRow } from "@/lib/orgs/org-columns";
import { asPhoneCountry } from "@/lib/orgs/phone-country";
import type { TokenHolderActor, TokenKind } from "@/lib/permissions/actor";
import type { ActorScope, Scope } from "@/lib/visibility/scope";

/** What a token's lookup found: its org (selected as `org: orgContextColumns`), the row it names and who holds it. */
export type FoundToken = {
  org: OrgContextRow;
  /** The service record the token names (the invitation, for an invitation link). */
  recordId: string;
  /** The record's customer; null for a record without one and for an invitation. */
  customerId: string | null;
  /** The holder when they are a known user: the assignee, the invited user. */
  userId: string | null;
  /** How the feed names them; for an approval link, the address it went to (see below). */
  label: string;
};

/**
 * The one way a public token path gets a context (issue 10, item 4): the org from the token row,
 * the holder as the actor, and a scope that reaches only what the token names — so the page or
 * verb reads through `ctx.t` like any other path, passes the same guard (lib/permissions/
 * token-grants.ts) and writes the same activity rows. `tx`: the transaction that locked the token;
 * without it the context uses the org's connection under row-level security.
 * An approval link went to one address: its holder is named from the customer's contacts with it
 * (approverLabel), read through the new context.
 */
export async function tokenContext<D extends DbOrTx = Db>(kind: TokenKind, found: FoundToken, tx?: D): Promise<OrgContext<TokenHolderActor, D>> {
  const { refVersion, phoneCountry, ...org } = found.org;
  const actor: TokenHolderActor = { kind: "token_holder", token: kind, recordId: found.recordId, userId: found.userId, label: found.label };
  const ctx = makeContext({ ...org, phoneCountry: asPhoneCountry(phoneCountry) }, actor, refVersion, tokenScope(kind, found), tx);
  if (kind !== "approval") return ctx;
  return { ...ctx, actor: { ...actor, label: await approverLabel(ctx.t, found.customerId, found.label) } };
}

/** Reading sees the token's record with its customer; an assignment link changes only its own answer. */
function tokenScope(kind: TokenKind, found: FoundToken): ActorScope {
  if (kind === "invitation") return { read: { kind: "none" }, write: { kind: "none" } };
  const read: Scope = { kind: "record", recordId: found.recordId, customerId: found.customerId };
  const write: Scope = kind === "assignment" && found.userId ? { ...read, assigneeId: found.userId } : read;
  return { read, write };
}
