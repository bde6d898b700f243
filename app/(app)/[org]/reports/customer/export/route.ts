import { getLocale } from "next-intl/server";
import { csvResponse, signInRequired } from "@/components/reports/csv-response";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { Locale } from "@/lib/i18n/locales";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { exportCustomerReport } from "@/lib/reports/export-customer-report";
import { customerReportInput, firstValues } from "@/lib/reports/url-params";

/** Report 1 with the page's URL parameters, as a CSV download. */
export async function GET(request: Request, { params }: { params: Promise<{ org: string }> }) {
  const user = await getCurrentUser();
  if (!user) return signInRequired();
  const query = customerReportInput(firstValues(new URL(request.url).searchParams));
  return csvResponse(async () => exportCustomerReport(await loadOrgContext(user.id, (await params).org), query, { locale: (await getLocale()) as Locale }));
}
