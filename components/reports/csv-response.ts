import "server-only";
import { getTranslations } from "next-intl/server";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";

function plain(status: number, text: string) {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** A report export as a download, or a short plain-text refusal in the user's language. */
export async function csvResponse(make: () => Promise<{ csv: string; filename: string }>) {
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
    if (error instanceof NotFoundError) return plain(404, t("errors.notFound"));
    if (error instanceof ForbiddenError) return plain(403, t("errors.forbidden"));
    if (error instanceof ValidationError) return plain(400, t("reports.filters.invalid"));
    throw error;
  }
}

export async function signInRequired() {
  return plain(401, (await getTranslations("reports"))("exportSignIn"));
}
