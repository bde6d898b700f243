import "server-only";
import { type AnyColumn, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { instantInRange } from "@/lib/fields/dates";
import { cleanText } from "@/lib/fields/text";

export { cursorParam } from "@/lib/search/cursor-param";

/**
 * Where a keyset page starts: the sort value and id of the last row shown. Base64 JSON, opaque to
 * the client; one that does not decode (a hand-edited URL) means the first page, not an error.
 */
export type Cursor = { v: string; id: string };

export function encodeCursor(cursor: Cursor) {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodeCursor(raw: string | null | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString()) as Cursor;
    // A value PostgreSQL cannot take as text (NUL, a lone surrogate) is a forged cursor: first page.
    return typeof value.v === "string" && value.v === cleanText(value.v) && z.uuid().safeParse(value.id).success ? value : null;
  } catch {
    return null;
  }
}

/** The cursor after the last row of a newest-first feed (activities, notes). */
export function feedCursor(row: { createdAt: Date; id: string }) {
  return encodeCursor({ v: row.createdAt.toISOString(), id: row.id });
}

/**
 * Rows of a newest-first feed older than the cursor. A row-value comparison, which PostgreSQL
 * answers with one seek into an index on (…, created_at DESC, id DESC): any depth costs the same.
 */
export function olderThan(createdAt: AnyColumn, id: AnyColumn, before: string | null | undefined): SQL | undefined {
  const cursor = decodeCursor(before);
  const at = cursor ? new Date(cursor.v) : null;
  if (!cursor || !at || !instantInRange(at)) return undefined;
  return sql`(${createdAt}, ${id}) < (${at.toISOString()}::timestamptz, ${cursor.id}::uuid)`;
}
