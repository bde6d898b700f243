import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { exportCustomers } from "@/lib/customers/export-customers";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { loadOrgContext } from "@/lib/orgs/load-org-context";

function plain(status: number, text: string) {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** The customer list's current view (same query parameters as the page) as a CSV download. */
export async function GET(request: Request, { params }: { params: Promise<{ org: string }> }) {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations()]);
  if (!user) return plain(401, t("customerList.exportSignIn"));
  try {
    const ctx = await loadOrgContext(user.id, (await params).org);
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const { csv, filename } = await exportCustomers(ctx, query, { locale: await getLocale() });
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    // A slug the user is not a member of is indistinguishable from one that does not exist.
    if (error instanceof NotFoundError) return plain(404, t("errors.notFound"));
    if (error instanceof ForbiddenError) return plain(403, t("errors.forbidden"));
    throw error;
  }
}
