import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { exportCustomers } from "@/lib/customers/export-customers";
import { parseExportFormat } from "@/lib/exports/export-table";
import { exportResponse, plainResponse } from "@/lib/http/export-response";
import type { Locale } from "@/lib/i18n/locales";
import { loadOrgContext } from "@/lib/orgs/load-org-context";

/** The customer list's current view (same query parameters as the page) as a CSV or .xlsx download. */
export async function GET(request: Request, { params }: { params: Promise<{ org: string }> }) {
  const user = await getCurrentUser();
  if (!user) return plainResponse(401, (await getTranslations("customerList"))("exportSignIn"));
  const { searchParams } = new URL(request.url);
  const query = Object.fromEntries(searchParams);
  return exportResponse(
    async () => exportCustomers(await loadOrgContext(user.id, (await params).org), query, { locale: (await getLocale()) as Locale }),
    { format: parseExportFormat(searchParams.get("format")) },
  );
}
