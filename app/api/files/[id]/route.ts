import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { getAttachmentDownload } from "@/lib/files/get-attachment";
import { loadOrgContext } from "@/lib/orgs/load-org-context";

function plain(status: number, text: string) {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** RFC 6266: an ASCII fallback plus the real (Turkish, Romanian…) name, percent-encoded. */
function contentDisposition(fileName: string) {
  const ascii =
    fileName
      .normalize("NFD")
      .replace(/[^\x20-\x7E]/g, "")
      .replace(/["\\]/g, "_") || "file";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * A thread attachment (`/api/files/<id>?org=<slug>`), only for signed-in members of that org who
 * may read service records. Always a download with the type found by content at upload, never
 * sniffed or rendered in our origin.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("errors")]);
  if (!user) return plain(401, t("forbidden"));
  try {
    const slug = new URL(request.url).searchParams.get("org") ?? "";
    const ctx = await loadOrgContext(user.id, slug);
    const file = await getAttachmentDownload(ctx, { id: (await params).id });
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.bytes.length),
        "Content-Disposition": contentDisposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    // Another org's file, or an org the user is not in, is indistinguishable from none at all.
    if (error instanceof NotFoundError || error instanceof ValidationError) return plain(404, t("notFound"));
    if (error instanceof ForbiddenError) return plain(403, t("forbidden"));
    throw error;
  }
}
