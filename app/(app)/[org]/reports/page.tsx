import { ChevronRight, Gauge, Hourglass, UserRound, Building2 } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("title") };
}

/** SPEC S8: the two service reports, the SLA report (issue 11) and the plans' overage to invoice (issue 12). */
export default async function ReportsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await getOrgContext((await params).org);
  if (!can(ctx.actor, "reports.view")) return <AccessDenied />;
  const t = await getTranslations("reports");
  const base = `/${ctx.org.slug}/reports`;
  const links = [
    { href: `${base}/customer`, icon: Building2, title: t("customerReport.title"), body: t("customerReport.body") },
    { href: `${base}/user`, icon: UserRound, title: t("userReport.title"), body: t("userReport.body") },
    { href: `${base}/sla`, icon: Gauge, title: t("slaReport.indexTitle"), body: t("slaReport.body") },
    { href: `${base}/overage`, icon: Hourglass, title: t("overageReport.indexTitle"), body: t("overageReport.body") },
  ];
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ul className="grid gap-3 md:grid-cols-2">
        {links.map(({ href, icon: Icon, title, body }) => (
          <li key={href}>
            <Link
              href={href}
              className="group flex h-full items-start gap-3 rounded-lg border border-zinc-200 bg-white p-4 hover:border-accent-500 dark:border-zinc-800 dark:bg-zinc-900"
            >
              <Icon className="mt-0.5 size-5 shrink-0 text-accent-600" aria-hidden />
              <span className="min-w-0 flex-1">
                <span className="block font-medium">{title}</span>
                <span className="mt-1 block text-sm text-zinc-500">{body}</span>
              </span>
              <ChevronRight className="mt-0.5 size-4 shrink-0 text-zinc-400 group-hover:text-accent-600" aria-hidden />
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
