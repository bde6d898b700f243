import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { getAttachmentDownload } from "@/lib/files/get-attachment";
import { fileDownload, plainAnswer } from "@/lib/http/file-download";
import { loadOrgContext } from "@/lib/orgs/load-org-context";

/**
 * A thread attachment (`/api/files/<id>?org=<slug>`), only for signed-in members of that org who
 * may read service records. Always a download with the type found by content at upload, never
 * sniffed or rendered in our origin.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("errors")]);
  if (!user) return plainAnswer(401, t("forbidden"));
  try {
    const slug = new URL(request.url).searchParams.get("org") ?? "";
    const ctx = await loadOrgContext(user.id, slug);
    return fileDownload(await getAttachmentDownload(ctx, { id: (await params).id }));
  } catch (error) {
    // Another org's file, or an org the user is not in, is indistinguishable from none at all.
    if (error instanceof NotFoundError || error instanceof ValidationError) return plainAnswer(404, t("notFound"));
    if (error instanceof ForbiddenError) return plainAnswer(403, t("forbidden"));
    throw error;
  }
}
