import "server-only";
import { asc, desc, eq, inArray } from "drizzle-orm";
import { serviceAttachments, serviceMessages, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getServiceRecordInOrgOrThrow } from "../internal";
import { listMessagesSchema } from "./schemas";
import { systemMessageKey } from "./system-messages";

/** The newest messages a thread shows; older ones are rarely read and a record rarely has this many. */
export const THREAD_LIMIT = 200;

/** SPEC S4: a record's thread, oldest first (newest last, beside the composer), with attachments. */
export async function listMessages(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "serviceRecords.view");
  const { recordId } = parseInput(listMessagesSchema, input);
  // Another org's record id is NotFound, not an empty thread.
  await getServiceRecordInOrgOrThrow(ctx.t, recordId);
  const newest = await ctx.t.db
    .select({
      id: serviceMessages.id,
      kind: serviceMessages.kind,
      body: serviceMessages.body,
      fromEmail: serviceMessages.fromEmail,
      authorName: users.name,
      createdAt: serviceMessages.createdAt,
    })
    .from(serviceMessages)
    .leftJoin(users, eq(users.id, serviceMessages.authorId))
    .where(ctx.t.where(serviceMessages, eq(serviceMessages.recordId, recordId)))
    .orderBy(desc(serviceMessages.createdAt), desc(serviceMessages.id))
    .limit(THREAD_LIMIT + 1);
  const rows = newest.slice(0, THREAD_LIMIT).reverse();
  const files = rows.length
    ? await ctx.t.db
        .select({
          id: serviceAttachments.id,
          messageId: serviceAttachments.messageId,
          fileName: serviceAttachments.fileName,
          contentType: serviceAttachments.contentType,
          size: serviceAttachments.size,
        })
        .from(serviceAttachments)
        .where(
          ctx.t.where(
            serviceAttachments,
            inArray(
              serviceAttachments.messageId,
              rows.map((r) => r.id),
            ),
          ),
        )
        .orderBy(asc(serviceAttachments.createdAt))
    : [];
  const slug = encodeURIComponent(ctx.org.slug);
  return {
    olderOmitted: newest.length > THREAD_LIMIT,
    messages: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      body: row.body,
      system: row.kind === "system" ? systemMessageKey(row.body) : null,
      authorName: row.authorName,
      fromEmail: row.fromEmail,
      createdAt: row.createdAt.toISOString(),
      attachments: files
        .filter((f) => f.messageId === row.id)
        .map((f) => ({ id: f.id, fileName: f.fileName, contentType: f.contentType, size: f.size, url: `/api/files/${f.id}?org=${slug}` })),
    })),
  };
}

export type RecordThreadData = Awaited<ReturnType<typeof listMessages>>;
export type ThreadMessage = RecordThreadData["messages"][number];
