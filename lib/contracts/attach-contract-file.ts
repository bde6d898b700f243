import "server-only";
import { eq } from "drizzle-orm";
import { contracts } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { ValidationError } from "@/lib/errors";
import { detectFileType, nameForType } from "@/lib/files/detect-type";
import { MAX_FILE_BYTES } from "@/lib/files/limits";
import { removeStoredFile, storeFile } from "@/lib/files/store";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getContractInOrgOrThrow } from "./internal";
import { contractFileSchema } from "./schemas";

/**
 * The signed contract file, replacing any earlier one. Its type is decided by its bytes, as for
 * service attachments; the file is written before the row commits and removed if the transaction
 * fails, and the replaced file is removed once the new one is committed.
 */
export async function attachContractFile(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "contracts.update");
  const { id, file } = parseInput(contractFileSchema, input);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length > MAX_FILE_BYTES) throw new ValidationError({ file: "fileTooLarge" });
  const contentType = await detectFileType(bytes);
  if (!contentType) throw new ValidationError({ file: "fileType" });
  const fileName = nameForType(file.name, contentType);

  let storageKey: string | null = null;
  const replaced = await ctx.t
    .transaction(async (t) => {
      const current = await getContractInOrgOrThrow(t, id, { lock: true });
      storageKey = await storeFile(ctx.org.id, bytes);
      await t.db
        .update(contracts)
        .set({ fileName, fileType: contentType, fileSize: bytes.length, fileKey: storageKey, version: current.version + 1 })
        .where(t.where(contracts, eq(contracts.id, id)));
      await recordActivity(ctx, t, { kind: "contract.fileAttached", entityId: id, customerId: current.customerId, summary: fileName });
      return current.fileKey;
    })
    .catch(async (error: unknown) => {
      if (storageKey) await removeStoredFile(storageKey);
      throw error;
    });
  if (replaced) await removeStoredFile(replaced);
  return { id, fileName };
}
