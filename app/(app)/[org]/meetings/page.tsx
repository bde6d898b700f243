import { Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { rowLink } from "@/components/lists/row-link-props";
import { MeetingList } from "@/components/meeting-notes/meeting-list";
import { AccessDenied } from "@/components/shell/access-denied";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getCustomer } from "@/lib/customers/get-customer";
import { listParticipantOptions } from "@/lib/meeting-notes/list-meeting-form-options";
import { listMeetingNotes } from "@/lib/meeting-notes/list-meeting-notes";
import { meetingListSearch, parseMeetingQuery } from "@/lib/meeting-notes/list-params";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { firstValues } from "@/lib/search/first-values";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  return { title: (await getTranslations("meetings"))("title") };
}

/** SPEC W5: the first page of the meeting-note list; its later views come from meetings/data. */
export default async function MeetingsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await getOrgContext((await params).org);
  const query = parseMeetingQuery(firstValues(await searchParams));
  const loaded = await loadOrDeny(() =>
    Promise.all([
      listMeetingNotes(ctx, query),
      listParticipantOptions(ctx),
      // The filtered-by customer's name for the filter box; one out of sight simply shows no name.
      query.customer ? getCustomer(ctx, { id: query.customer }).catch(() => null) : null,
    ]),
  );
  if (loaded.denied) return <AccessDenied />;
  const [page, members, customer] = loaded.data;
  const t = await getTranslations("meetings");
  const canCreate = can(ctx.actor, "meetings.create");
  return (
    <>
      <PageHeader
        title={t("title")}
        actions={
          canCreate && (
            <a
              {...rowLink(`/${ctx.org.slug}/meetings/new${query.customer ? `?customer=${query.customer}` : ""}`)}
              className={buttonClass("primary", "sm")}
            >
              <Plus className="size-4" aria-hidden />
              {t("newNote")}
            </a>
          )
        }
      />
      <MeetingList
        orgSlug={ctx.org.slug}
        initial={{ search: meetingListSearch(query, { after: query.after }), page }}
        members={members}
        customer={customer ? { id: customer.id, name: customer.name } : null}
        canCreate={canCreate}
      />
    </>
  );
}
