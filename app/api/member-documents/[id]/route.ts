import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { fileDownload, plainAnswer } from "@/lib/http/file-download";
import { getMemberDocumentDownload } from "@/lib/members/get-member-document";
import { loadOrgContext } from "@/lib/orgs/load-org-context";

/**
 * An employee's document (`/api/member-documents/<id>?org=<slug>`, SPEC T6): for signed-in Manage
 * users of that org and the employee themself. Anyone else gets the same 404 as for no file at all.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("errors")]);
  if (!user) return plainAnswer(401, t("forbidden"));
  try {
    const slug = new URL(request.url).searchParams.get("org") ?? "";
    const ctx = await loadOrgContext(user.id, slug);
    return fileDownload(await getMemberDocumentDownload(ctx, { id: (await params).id }));
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ValidationError) return plainAnswer(404, t("notFound"));
    if (error instanceof ForbiddenError) return plainAnswer(403, t("forbidden"));
    throw error;
  }
}
