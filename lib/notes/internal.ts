import "server-only";
import { eq } from "drizzle-orm";
import { notes } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import { refuseOutOfScope } from "@/lib/visibility/refuse-out-of-scope";
import { NotFoundError } from "@/lib/errors";

export async function getNoteInOrgOrThrow(t: Tenant, id: string, options: { lock?: boolean } = {}) {
  // A lock is for a change: it reads through the write scope.
  const byId = eq(notes.id, id);
  const query = t.db
    .select()
    .from(notes)
    .where(options.lock ? t.whereWritable(notes, byId) : t.where(notes, byId));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) {
    if (options.lock) await refuseOutOfScope(t, notes, byId, "note");
    throw new NotFoundError("note");
  }
  return row;
}

/** Notes appear in the feed as their first 280 characters (as when added). */
export function noteSummary(body: string) {
  return body.slice(0, 280);
}
