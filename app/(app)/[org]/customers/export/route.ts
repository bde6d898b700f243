import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { exportCustomers } from "@/lib/customers/export-customers";
import { csvResponse, plainResponse } from "@/lib/http/csv-response";
import { loadOrgContext } from "@/lib/orgs/load-org-context";

/** The customer list's current view (same query parameters as the page) as a CSV download. */
export async function GET(request: Request, { params }: { params: Promise<{ org: string }> }) {
  const user = await getCurrentUser();
  if (!user) return plainResponse(401, (await getTranslations("customerList"))("exportSignIn"));
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return csvResponse(async () => exportCustomers(await loadOrgContext(user.id, (await params).org), query, { locale: await getLocale() }));
}
