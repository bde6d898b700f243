import { Plus } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { AccessDenied } from "@/components/shell/access-denied";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getAgendaSetup } from "@/lib/appointments/get-agenda-setup";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { AgendaCalendar } from "./agenda-calendar";
import { agendaViewOf } from "./agenda-views";

/** SPEC W3: the Agenda (everyone's) and My appointments share this page; the events load per visible range. */
export async function AgendaPage({ orgSlug, mine, view }: { orgSlug: string; mine: boolean; view?: string | string[] }) {
  const ctx = await getOrgContext(orgSlug);
  const loaded = await loadOrDeny(() => getAgendaSetup(ctx));
  if (loaded.denied) return <AccessDenied />;
  const t = await getTranslations("agenda");
  const setup = loaded.data;
  return (
    <>
      <PageHeader
        title={mine ? t("mineTitle") : t("title")}
        description={mine ? t("mineDescription") : t("description")}
        actions={
          <div className="flex flex-wrap gap-2">
            <a href={mine ? `/${ctx.org.slug}/agenda` : `/${ctx.org.slug}/agenda/mine`} className={buttonClass("secondary", "sm")}>
              {mine ? t("everyone") : t("mine")}
            </a>
            {setup.canBook && (
              <a href={`/${ctx.org.slug}/agenda/new`} className={buttonClass("primary", "sm")}>
                <Plus className="size-4" aria-hidden />
                {t("book")}
              </a>
            )}
          </div>
        }
      />
      <AgendaCalendar
        orgSlug={ctx.org.slug}
        view={agendaViewOf(view)}
        locale={await getLocale()}
        mine={mine}
        timeZone={setup.timeZone}
        businessHours={setup.businessHours}
        members={mine ? [] : setup.members}
        canBook={setup.canBook}
      />
    </>
  );
}
