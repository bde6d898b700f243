import "server-only";
import { eq } from "drizzle-orm";
import { notes } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import { NotFoundError } from "@/lib/errors";

export async function getNoteInOrgOrThrow(t: Tenant, id: string, options: { lock?: boolean } = {}) {
  const query = t.db.select().from(notes).where(t.where(notes, eq(notes.id, id)));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw new NotFoundError("note");
  return row;
}

/** Notes appear in the feed as their first 280 characters (as when added). */
export function noteSummary(body: string) {
  return body.slice(0, 280);
}
