import { getTranslations } from "next-intl/server";
import { AccessDenied } from "@/components/shell/access-denied";
import { OrgSettingsForm } from "@/components/settings/org-settings-form";
import { PicklistEditor } from "@/components/settings/picklist-editor";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { getOrgSettings } from "@/lib/orgs/get-org-settings";
import { listPicklistForEditing } from "@/lib/picklists/manage-picklist";
import { can } from "@/lib/permissions/can";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await getOrgContext((await params).org);
  const settings = await loadOrDeny(() => getOrgSettings(ctx));
  if (settings.denied) return <AccessDenied />;
  const t = await getTranslations("settings");
  const readOnly = !can(ctx.actor, "org.settings.update");
  const regions = can(ctx.actor, "picklists.manage") ? await listPicklistForEditing(ctx, "region") : null;
  const picklists = await getTranslations("picklists");
  return (
    <>
      <PageHeader title={t("title")} description={readOnly ? t("readOnly") : t("description")} />
      <Card className="p-4">
        <OrgSettingsForm
          orgSlug={ctx.org.slug}
          settings={{ ...settings.data, locale: settings.data.locale as "en", currency: settings.data.currency as "TRY" }}
          timeZones={Intl.supportedValuesOf("timeZone")}
          readOnly={readOnly}
        />
      </Card>
      {regions && (
        <Card className="mt-6">
          <CardHeader title={picklists("regionsTitle")} description={picklists("regionsDescription")} />
          <PicklistEditor orgSlug={ctx.org.slug} list="region" items={regions} />
        </Card>
      )}
    </>
  );
}
