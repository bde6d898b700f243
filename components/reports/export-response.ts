import "server-only";
import { getTranslations } from "next-intl/server";
import type { ExportFormat, ExportResult } from "@/lib/exports/export-table";
import { exportResponse as exportDownload, plainResponse } from "@/lib/http/export-response";

/** A report export as a download; invalid filters are refused with the report's own message. */
export function exportResponse(make: () => Promise<ExportResult>, format: ExportFormat) {
  return exportDownload(make, { format, invalidMessage: (t) => t("reports.filters.invalid") });
}

export async function signInRequired() {
  return plainResponse(401, (await getTranslations("reports"))("exportSignIn"));
}
