import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { navFor } from "@/components/shell/nav";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { effectiveLevel } from "@/lib/permissions/can";

export default async function OrgHome({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await getOrgContext((await params).org);
  const [t, nav, levels, roles] = await Promise.all([
    getTranslations("overview"),
    getTranslations("nav"),
    getTranslations("levels"),
    getTranslations("roles"),
  ]);
  const sections = navFor(ctx.org.slug, ctx.actor).filter((item) => item.key !== "overview");
  return (
    <>
      <PageHeader title={ctx.org.name} description={t("welcome", { name: ctx.actor.name })} />
      <Card className="p-4">
        <dl className="grid gap-4 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-zinc-500">{t("yourRole")}</dt>
            <dd className="mt-1">
              <Badge tone="accent">{roles(ctx.actor.role)}</Badge>
            </dd>
          </div>
          <div>
            <dt className="text-zinc-500">{t("yourLevel")}</dt>
            <dd className="mt-1">
              <Badge>{levels(effectiveLevel(ctx.actor))}</Badge>
            </dd>
          </div>
          <div>
            <dt className="text-zinc-500">{t("sections")}</dt>
            <dd className="mt-1 flex flex-wrap gap-2">
              {sections.length === 0 && <span className="text-zinc-500">{t("noSections")}</span>}
              {sections.map((item) => (
                <Link key={item.key} href={item.href} className="text-accent-600 hover:underline dark:text-accent-500">
                  {nav(item.key)}
                </Link>
              ))}
            </dd>
          </div>
        </dl>
      </Card>
    </>
  );
}
