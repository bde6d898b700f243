import { getAttachmentDownload } from "@/lib/files/get-attachment";
import { answerFileRequest, orgOfQuery } from "@/lib/http/file-route";

/**
 * A thread attachment (`/api/files/<id>?org=<slug>`), only for signed-in members of that org who
 * may read service records. Always a download with the type found by content at upload, never
 * sniffed or rendered in our origin.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return answerFileRequest(orgOfQuery(request), (ctx) => getAttachmentDownload(ctx, { id }));
}
