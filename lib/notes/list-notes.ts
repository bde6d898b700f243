import "server-only";
import { desc, eq } from "drizzle-orm";
import { notes, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { getCustomerInOrgOrThrow } from "@/lib/customers/internal";
import { feedCursor, olderThan } from "@/lib/db/keyset";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { listNotesSchema } from "./schemas";

export const NOTES_PAGE = 20;

/**
 * SPEC A3: a customer's notes, newest first, "Show older" by keyset on (created_at, id). Notes are
 * part of the customer record, so reading them needs what reading the record needs.
 */
export async function listNotes(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "customers.view");
  const query = parseInput(listNotesSchema, input);
  // Another org's customer id is NotFound, not an empty list.
  await getCustomerInOrgOrThrow(ctx.t, query.customerId);
  const rows = await ctx.t.db
    .select({
      id: notes.id,
      body: notes.body,
      authorName: users.name,
      createdAt: notes.createdAt,
      updatedAt: notes.updatedAt,
    })
    .from(notes)
    .leftJoin(users, eq(users.id, notes.authorId))
    .where(ctx.t.where(notes, eq(notes.customerId, query.customerId), olderThan(notes.createdAt, notes.id, query.before)))
    .orderBy(desc(notes.createdAt), desc(notes.id))
    .limit(NOTES_PAGE + 1);
  const page = rows.slice(0, NOTES_PAGE);
  const last = page.at(-1);
  return {
    rows: page.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() })),
    before: rows.length > NOTES_PAGE && last ? feedCursor(last) : null,
  };
}
