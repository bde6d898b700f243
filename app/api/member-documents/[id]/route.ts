import { answerFileRequest, orgOfQuery } from "@/lib/http/file-route";
import { getMemberDocumentDownload } from "@/lib/members/get-member-document";

/**
 * An employee's document (`/api/member-documents/<id>?org=<slug>`, SPEC T6): for signed-in Manage
 * users of that org and the employee themself. Anyone else gets the same 404 as for no file at all.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return answerFileRequest(orgOfQuery(request), (ctx) => getMemberDocumentDownload(ctx, { id }));
}
