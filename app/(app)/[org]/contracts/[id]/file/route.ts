import { getContractFile } from "@/lib/contracts/get-contract-file";
import { answerFileRequest } from "@/lib/http/file-route";

/**
 * The signed contract file, only for members who may see the contract; always a download with the
 * type found by content at upload, never rendered in our origin.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  return answerFileRequest(org, (ctx) => getContractFile(ctx, { id }));
}
