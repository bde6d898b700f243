import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import type { OrgContext } from "@/lib/context";
import { isLocale } from "@/lib/i18n/locales";
import { listMemberOptions } from "@/lib/members/list-member-options";
import { can } from "@/lib/permissions/can";
import { listPicklist } from "@/lib/picklists/list-picklist";
import { getSlaPolicy } from "@/lib/sla/get-sla-policy";
import { PolicyEditor } from "./policy-editor";

/** The contract page's SLA policy card; nothing for a contract that is neither SLA nor OLA. */
export async function PolicySection({ ctx, contractId }: { ctx: OrgContext; contractId: string }) {
  const { kind, policy, calendars } = await getSlaPolicy(ctx, { contractId });
  if (!kind) return null;
  const t = await getTranslations("service.slaPolicy");
  const viewer = await getLocale();
  const locale = isLocale(viewer) ? viewer : "en";
  const [priorities, members] = await Promise.all([listPicklist(ctx, "priority", locale), listMemberOptions(ctx)]);
  return (
    <Card>
      <CardHeader title={t(kind === "sla" ? "title" : "titleOla")} description={t(kind === "sla" ? "description" : "descriptionOla")} />
      {priorities.length === 0 || calendars.length === 0 ? (
        <p className="px-4 py-3 text-sm text-zinc-500">{t(calendars.length === 0 ? "noCalendars" : "noPriorities")}</p>
      ) : (
        <PolicyEditor
          orgSlug={ctx.org.slug}
          contractId={contractId}
          policy={policy}
          calendars={calendars.map((c) => ({ id: c.id, label: c.name, isDefault: c.isDefault }))}
          priorities={priorities.map((p) => ({ id: p.id, label: p.label }))}
          members={members.map((m) => ({ id: m.id, label: m.name }))}
          canEdit={can(ctx.actor, "contracts.update")}
        />
      )}
    </Card>
  );
}
