import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PositionScopesEditor } from "@/components/settings/position-scopes-editor";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { POSITION_SCOPES } from "@/db/schema/enum-values";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { listPositionScopes } from "@/lib/visibility/list-position-scopes";

export async function generateMetadata() {
  return { title: (await getTranslations("structure.access"))("title") };
}

/** Settings → Access (issue 10 item 2, SPEC T9): each position's read and write scope, with what they mean. */
export default async function AccessSettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await getOrgContext((await params).org);
  const loaded = await loadOrDeny(() => listPositionScopes(ctx));
  if (loaded.denied) return <AccessDenied />;
  const t = await getTranslations("structure.access");
  const scopes = await getTranslations("structure.scopes");
  return (
    <div className="mx-auto max-w-4xl">
      <Link
        href={`/${ctx.org.slug}/settings`}
        className="mb-2 inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800 dark:hover:text-zinc-200"
      >
        <ChevronLeft className="size-4" aria-hidden />
        {t("backToSettings")}
      </Link>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="overflow-hidden">
        <PositionScopesEditor orgSlug={ctx.org.slug} rows={loaded.data} readOnly={!can(ctx.actor, "permissions.update")} />
      </Card>
      <Card className="mt-6">
        <CardHeader title={t("explainTitle")} />
        <dl className="space-y-2 p-4 text-sm">
          {POSITION_SCOPES.map((scope) => (
            <div key={scope}>
              <dt className="inline font-medium">{scopes(scope)}: </dt>
              <dd className="inline text-zinc-600 dark:text-zinc-400">{t(`explain.${scope}`)}</dd>
            </div>
          ))}
        </dl>
        <p className="border-t border-zinc-100 p-4 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">{t("fixedRules")}</p>
      </Card>
    </div>
  );
}
