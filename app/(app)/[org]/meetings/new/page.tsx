import { getTranslations } from "next-intl/server";
import { MeetingNoteForm } from "@/components/meeting-notes/meeting-note-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { now } from "@/lib/clock";
import { getCustomer } from "@/lib/customers/get-customer";
import { newMeetingNoteInitial } from "@/lib/meeting-notes/form-initial";
import { listMeetingContactOptions, listParticipantOptions } from "@/lib/meeting-notes/list-meeting-form-options";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";
import { firstValues } from "@/lib/search/first-values";

export async function generateMetadata() {
  return { title: (await getTranslations("meetings"))("form.newTitle") };
}

/** A new meeting note (SPEC W5); `?customer=<id>` (the customer page's link) prefills the customer and its contacts. */
export default async function NewMeetingNotePage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await getOrgContext((await params).org);
  const customerId = firstValues(await searchParams).customer;
  const loaded = await loadOrDeny(async () => {
    requirePermission(ctx, "meetings.create");
    // An unknown or unseen customer id just leaves the field empty.
    const customer = customerId ? await getCustomer(ctx, { id: customerId }).catch(() => null) : null;
    const [members, contacts] = await Promise.all([
      listParticipantOptions(ctx),
      customer ? listMeetingContactOptions(ctx, { customerId: customer.id }) : [],
    ]);
    return { customer, members, contacts };
  });
  if (loaded.denied) return <AccessDenied />;
  const { customer, members, contacts } = loaded.data;
  const t = await getTranslations("meetings");
  const slug = ctx.org.slug;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("form.newTitle")} />
      <MeetingNoteForm
        orgSlug={slug}
        phoneCountry={ctx.org.phoneCountry}
        initial={newMeetingNoteInitial(ctx.actor.userId, now(), ctx.org.timeZone, customer?.id ?? null)}
        customer={customer ? { id: customer.id, name: customer.name } : null}
        members={members}
        contacts={contacts}
        may={{ createContact: can(ctx.actor, "contacts.create"), bookAppointment: can(ctx.actor, "calendar.manage") }}
        cancelHref={customer ? `/${slug}/customers/${customer.id}` : `/${slug}/meetings`}
      />
    </div>
  );
}
