import { getLocale } from "next-intl/server";
import { exportResponse, signInRequired } from "@/components/reports/export-response";
import { getCurrentUser } from "@/lib/auth/current-user";
import { parseExportFormat } from "@/lib/exports/export-table";
import type { Locale } from "@/lib/i18n/locales";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { exportSlaReport } from "@/lib/reports/export-sla-report";
import { slaReportInput } from "@/lib/reports/sla-report-schema";
import { firstValues } from "@/lib/search/first-values";

/** The SLA report with the page's URL parameters, as a CSV or .xlsx download. */
export async function GET(request: Request, { params }: { params: Promise<{ org: string }> }) {
  const user = await getCurrentUser();
  if (!user) return signInRequired();
  const { searchParams } = new URL(request.url);
  const query = slaReportInput(firstValues(searchParams));
  return exportResponse(
    async () => exportSlaReport(await loadOrgContext(user.id, (await params).org), query, { locale: (await getLocale()) as Locale }),
    parseExportFormat(searchParams.get("format")),
  );
}
