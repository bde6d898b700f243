import "server-only";
import { getTranslations } from "next-intl/server";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { ExportFormat, ExportResult } from "@/lib/exports/export-table";
import { renderExport } from "@/lib/exports/render-export";

type Translate = Awaited<ReturnType<typeof getTranslations<never>>>;

/** A short plain-text answer for a download link (there is no page to show an error on). */
export function plainResponse(status: number, text: string) {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** RFC 6266: an ASCII fallback, and the exact name (ş, ț) in UTF-8 for browsers that read it. */
function attachment(filename: string) {
  const ascii = filename
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\]/g, "");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * An export as a download in `format`, or a plain-text refusal in the user's language. Known
 * errors map to their status; a ValidationError maps to 400 only where the route names its
 * message (without one it stays an unexpected error), anything else is rethrown.
 */
export async function exportResponse(
  make: () => Promise<ExportResult>,
  options: { format: ExportFormat; invalidMessage?: (t: Translate) => string },
) {
  const t = await getTranslations();
  try {
    const { body, filename, contentType } = await renderExport((await make()).table, options.format);
    return new Response(typeof body === "string" ? body : new Uint8Array(body), {
      headers: { "Content-Type": contentType, "Content-Disposition": attachment(filename), "Cache-Control": "no-store" },
    });
  } catch (error) {
    // A slug or id of another org is indistinguishable from one that does not exist.
    if (error instanceof NotFoundError) return plainResponse(404, t("errors.notFound"));
    if (error instanceof ForbiddenError) return plainResponse(403, t("errors.forbidden"));
    if (error instanceof ValidationError && options.invalidMessage) return plainResponse(400, options.invalidMessage(t));
    throw error;
  }
}
