import "server-only";
import { eq } from "drizzle-orm";
import { serviceAttachments } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { z } from "zod";
import { readStoredFile } from "./store";

const attachmentTarget = z.object({ id: z.uuid({ error: "invalid" }) });

/** A thread attachment for download: whoever may read the record may read its files, no one else. */
export async function getAttachmentDownload(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "serviceRecords.view");
  const { id } = parseInput(attachmentTarget, input);
  const [row] = await ctx.t.db
    .select({ fileName: serviceAttachments.fileName, contentType: serviceAttachments.contentType, storageKey: serviceAttachments.storageKey })
    .from(serviceAttachments)
    .where(ctx.t.where(serviceAttachments, eq(serviceAttachments.id, id)));
  if (!row) throw new NotFoundError("attachment");
  return { fileName: row.fileName, contentType: row.contentType, bytes: await readStoredFile(row.storageKey) };
}
