import "server-only";
import { getTranslations } from "next-intl/server";
import { csvResponse as csvDownload, plainResponse } from "@/lib/http/csv-response";

/** A report export as a download; invalid filters are refused with the report's own message. */
export function csvResponse(make: () => Promise<{ csv: string; filename: string }>) {
  return csvDownload(make, { invalidMessage: (t) => t("reports.filters.invalid") });
}

export async function signInRequired() {
  return plainResponse(401, (await getTranslations("reports"))("exportSignIn"));
}
