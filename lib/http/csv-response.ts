import "server-only";
import { getTranslations } from "next-intl/server";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";

type Translate = Awaited<ReturnType<typeof getTranslations<never>>>;

/** A short plain-text answer for a download link (there is no page to show an error on). */
export function plainResponse(status: number, text: string) {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * An export as a CSV download, or a plain-text refusal in the user's language. Known errors map
 * to their status; a ValidationError maps to 400 only where the route names its message (without
 * one it stays an unexpected error), anything else is rethrown.
 */
export async function csvResponse(
  make: () => Promise<{ csv: string; filename: string }>,
  options: { invalidMessage?: (t: Translate) => string } = {},
) {
  const t = await getTranslations();
  try {
    const { csv, filename } = await make();
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    // A slug or id of another org is indistinguishable from one that does not exist.
    if (error instanceof NotFoundError) return plainResponse(404, t("errors.notFound"));
    if (error instanceof ForbiddenError) return plainResponse(403, t("errors.forbidden"));
    if (error instanceof ValidationError && options.invalidMessage) return plainResponse(400, options.invalidMessage(t));
    throw error;
  }
}
