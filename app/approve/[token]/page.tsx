import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApprovalNotice } from "@/components/service/approval/approval-notice";
import { ApproveForm } from "@/components/service/approval/approve-form";
import { ReportDetails } from "@/components/service/approval/report-details";
import { loadPage, pageLocale } from "./load-page";

type Params = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = await loadPage((await params).token);
  const t = await getTranslations({ locale: await pageLocale(page), namespace: "approval.page" });
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" };
}

/** SPEC S6: the public approval page — no login, no app shell, one link, one approval. */
export default async function ApprovePage({ params }: Params) {
  const { token } = await params;
  const page = await loadPage(token);
  const locale = await pageLocale(page);
  const t = await getTranslations({ locale, namespace: "approval.page" });
  return (
    <div lang={locale} className="min-h-dvh bg-zinc-50 px-4 py-6 sm:py-12 dark:bg-zinc-950">
      <main className="mx-auto max-w-2xl rounded-lg border border-zinc-200 bg-white p-5 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900">
        {"org" in page && <p className="text-sm font-medium text-zinc-500">{page.org.name}</p>}
        {page.state === "rateLimited" && <ApprovalNotice tone="warning" title={t("rateLimitedTitle")} body={t("rateLimitedBody")} />}
        {page.state === "unknown" && <ApprovalNotice tone="warning" title={t("unknownTitle")} body={t("unknownBody")} />}
        {page.state === "expired" && <ApprovalNotice tone="warning" title={t("expiredTitle")} body={t("expiredBody", { org: page.org.name })} />}
        {page.state === "used" && (
          <ApprovalNotice
            tone="success"
            title={t("usedTitle")}
            body={t("usedBody", {
              number: page.number,
              date: page.approvedAt
                ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: page.org.timeZone }).format(
                    new Date(page.approvedAt),
                  )
                : "—",
            })}
          />
        )}
        {page.state === "open" && (
          <>
            <h1 className="mt-1 text-2xl font-semibold tracking-tight">{t("heading", { number: page.report.number })}</h1>
            <p className="mt-2 text-zinc-600 dark:text-zinc-400">{t("intro", { org: page.org.name })}</p>
            <ReportDetails locale={locale} report={page.report} />
            <div className="mt-8 border-t border-zinc-200 pt-6 dark:border-zinc-800">
              {/* Its strings come from the layout, in the org's language like this page (SPEC S6). */}
              <ApproveForm token={token} orgName={page.org.name} />
            </div>
          </>
        )}
      </main>
    </div>
  );
}
