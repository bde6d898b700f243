import { getLocale } from "next-intl/server";
import { exportResponse, signInRequired } from "@/components/reports/export-response";
import { getCurrentUser } from "@/lib/auth/current-user";
import { parseExportFormat } from "@/lib/exports/export-table";
import type { Locale } from "@/lib/i18n/locales";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { exportOverageReport } from "@/lib/reports/export-overage-report";
import { overageReportInput } from "@/lib/reports/overage-report-schema";
import { firstValues } from "@/lib/search/first-values";

/** The overage report for the page's range, as a CSV or .xlsx download. */
export async function GET(request: Request, { params }: { params: Promise<{ org: string }> }) {
  const user = await getCurrentUser();
  if (!user) return signInRequired();
  const { searchParams } = new URL(request.url);
  const query = overageReportInput(firstValues(searchParams));
  return exportResponse(
    async () => exportOverageReport(await loadOrgContext(user.id, (await params).org), query, { locale: (await getLocale()) as Locale }),
    parseExportFormat(searchParams.get("format")),
  );
}
