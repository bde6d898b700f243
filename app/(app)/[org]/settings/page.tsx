import { CalendarClock, ListRestart, Package, ShieldCheck } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccessDenied } from "@/components/shell/access-denied";
import { OrgSettingsForm } from "@/components/settings/org-settings-form";
import { LabelOverridesEditor } from "@/components/settings/label-overrides-editor";
import { PicklistEditor } from "@/components/settings/picklist-editor";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { getOrgSettings } from "@/lib/orgs/get-org-settings";
import { listLabelOverrides } from "@/lib/picklists/label-overrides";
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
  const lists = can(ctx.actor, "picklists.manage")
    ? await Promise.all([
        listPicklistForEditing(ctx, "region"),
        listPicklistForEditing(ctx, "tag"),
        listPicklistForEditing(ctx, "service_type"),
        listPicklistForEditing(ctx, "priority"),
        listLabelOverrides(ctx, "customer_type"),
        listLabelOverrides(ctx, "lifecycle_status"),
        listPicklistForEditing(ctx, "department"),
      ])
    : null;
  const picklists = await getTranslations("picklists");
  const products = await getTranslations("service.products");
  const access = await getTranslations("structure.access");
  const calendars = await getTranslations("calendars");
  const jobs = await getTranslations("jobs");
  return (
    <>
      <PageHeader title={t("title")} description={readOnly ? t("readOnly") : t("description")} />
      <Card className="p-4">
        <OrgSettingsForm
          orgSlug={ctx.org.slug}
          settings={{
            ...settings.data,
            locale: settings.data.locale as "en",
            currency: settings.data.currency as "TRY",
            phoneCountry: settings.data.phoneCountry ?? "",
          }}
          timeZones={Intl.supportedValuesOf("timeZone")}
          readOnly={readOnly}
        />
      </Card>
      {can(ctx.actor, "products.manage") && (
        <Card className="mt-6">
          <CardHeader
            title={products("title")}
            description={products("description")}
            actions={
              <Link href={`/${ctx.org.slug}/settings/products`} className={buttonClass("secondary", "sm")}>
                <Package className="size-4" aria-hidden />
                {products("settingsLink")}
              </Link>
            }
          />
        </Card>
      )}
      {can(ctx.actor, "businessCalendars.manage") && (
        <Card className="mt-6">
          <CardHeader
            title={calendars("title")}
            description={calendars("description")}
            actions={
              <Link href={`/${ctx.org.slug}/settings/calendars`} className={buttonClass("secondary", "sm")}>
                <CalendarClock className="size-4" aria-hidden />
                {calendars("settingsLink")}
              </Link>
            }
          />
        </Card>
      )}
      {can(ctx.actor, "permissions.view") && (
        <Card className="mt-6">
          <CardHeader
            title={access("title")}
            description={access("settingsDescription")}
            actions={
              <Link href={`/${ctx.org.slug}/settings/access`} className={buttonClass("secondary", "sm")}>
                <ShieldCheck className="size-4" aria-hidden />
                {access("link")}
              </Link>
            }
          />
        </Card>
      )}
      {can(ctx.actor, "jobs.view") && (
        <Card className="mt-6">
          <CardHeader
            title={jobs("title")}
            description={jobs("settingsDescription")}
            actions={
              <Link href={`/${ctx.org.slug}/settings/jobs`} className={buttonClass("secondary", "sm")}>
                <ListRestart className="size-4" aria-hidden />
                {jobs("link")}
              </Link>
            }
          />
        </Card>
      )}
      {lists && (
        <>
          <Card className="mt-6">
            <CardHeader title={picklists("regionsTitle")} description={picklists("regionsDescription")} />
            <PicklistEditor orgSlug={ctx.org.slug} list="region" items={lists[0]} />
          </Card>
          <Card className="mt-6">
            <CardHeader title={picklists("tagsTitle")} description={picklists("tagsDescription")} />
            <PicklistEditor orgSlug={ctx.org.slug} list="tag" items={lists[1]} />
          </Card>
          <Card className="mt-6">
            <CardHeader title={picklists("serviceTypesTitle")} description={picklists("serviceTypesDescription")} />
            <PicklistEditor orgSlug={ctx.org.slug} list="service_type" items={lists[2]} />
          </Card>
          <Card className="mt-6">
            <CardHeader title={picklists("prioritiesTitle")} description={picklists("prioritiesDescription")} />
            <PicklistEditor orgSlug={ctx.org.slug} list="priority" items={lists[3]} />
          </Card>
          <Card className="mt-6">
            <CardHeader title={picklists("departmentsTitle")} description={picklists("departmentsDescription")} />
            <PicklistEditor orgSlug={ctx.org.slug} list="department" items={lists[6]} />
          </Card>
          <Card className="mt-6">
            <CardHeader title={picklists("customerTypesTitle")} description={picklists("labelsDescription")} />
            <LabelOverridesEditor orgSlug={ctx.org.slug} list="customer_type" entries={lists[4]} />
          </Card>
          <Card className="mt-6">
            <CardHeader title={picklists("lifecycleTitle")} description={picklists("labelsDescription")} />
            <LabelOverridesEditor orgSlug={ctx.org.slug} list="lifecycle_status" entries={lists[5]} />
          </Card>
        </>
      )}
    </>
  );
}
