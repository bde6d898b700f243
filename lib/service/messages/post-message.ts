import "server-only";
import { serviceAttachments, serviceMessages } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { ValidationError } from "@/lib/errors";
import { detectFileType, nameForType } from "@/lib/files/detect-type";
import { MAX_FILE_BYTES } from "@/lib/files/limits";
import { removeStoredFile, storeFile } from "@/lib/files/store";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getServiceRecordInOrgOrThrow } from "../internal";
import { postMessageSchema } from "./schemas";

/**
 * SPEC S4: an internal message in a record's thread, with attachments. A file's type is decided by
 * its bytes, not its name or the browser's claim; anything but the accepted types is refused.
 * Files are written before the rows commit and removed again if the transaction fails.
 */
export async function postMessage(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "messages.post");
  const { recordId, body, files } = parseInput(postMessageSchema, input);
  const uploads = await Promise.all(
    files.map(async (file) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (bytes.length > MAX_FILE_BYTES) throw new ValidationError({ files: "fileTooLarge" });
      const contentType = await detectFileType(bytes);
      if (!contentType) throw new ValidationError({ files: "fileType" });
      return { bytes, contentType, fileName: nameForType(file.name, contentType) };
    }),
  );

  const stored: string[] = [];
  try {
    return await ctx.t.transaction(async (t) => {
      const record = await getServiceRecordInOrgOrThrow(t, recordId);
      const [message] = await t.db
        .insert(serviceMessages)
        .values(t.values({ recordId, kind: "internal" as const, authorId: ctx.actor.userId, body }))
        .returning({ id: serviceMessages.id });
      for (const upload of uploads) {
        const storageKey = await storeFile(ctx.org.id, upload.bytes);
        stored.push(storageKey);
        await t.db.insert(serviceAttachments).values(
          t.values({
            messageId: message!.id,
            fileName: upload.fileName,
            contentType: upload.contentType,
            size: upload.bytes.length,
            storageKey,
          }),
        );
      }
      const excerpt = body.length > 80 ? `${body.slice(0, 79)}…` : body;
      await recordActivity(ctx, t, {
        kind: "service.message",
        entityId: recordId,
        customerId: record.customerId,
        summary: `#${record.number} ${excerpt || uploads.map((u) => u.fileName).join(", ")}`.trim(),
      });
      return { id: message!.id };
    });
  } catch (error) {
    await Promise.all(stored.map((key) => removeStoredFile(key)));
    throw error;
  }
}
