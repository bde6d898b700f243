import "server-only";
import { eq } from "drizzle-orm";
import { contracts } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { readStoredFile } from "@/lib/files/store";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { contractTargetSchema } from "./schemas";

/** The contract's file for download: whoever may see the contract may read its file, no one else. */
export async function getContractFile(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "contracts.view");
  const { id } = parseInput(contractTargetSchema, input);
  const [row] = await ctx.t.db
    .select({ fileName: contracts.fileName, fileType: contracts.fileType, fileKey: contracts.fileKey })
    .from(contracts)
    .where(ctx.t.where(contracts, eq(contracts.id, id)));
  if (!row?.fileKey || !row.fileName || !row.fileType) throw new NotFoundError("file");
  return { fileName: row.fileName, contentType: row.fileType, bytes: await readStoredFile(row.fileKey) };
}
