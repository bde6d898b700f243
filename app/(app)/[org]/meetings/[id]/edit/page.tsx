import { getTranslations } from "next-intl/server";
import { MeetingNoteForm } from "@/components/meeting-notes/meeting-note-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { ForbiddenError } from "@/lib/errors";
import { editMeetingNoteInitial } from "@/lib/meeting-notes/form-initial";
import { listMeetingContactOptions, listParticipantOptions } from "@/lib/meeting-notes/list-meeting-form-options";
import { can } from "@/lib/permissions/can";
import { loadMeetingNote } from "../load-meeting-note";

type Params = { params: Promise<{ org: string; id: string }> };
type Option = { id: string; name: string };

export async function generateMetadata() {
  return { title: (await getTranslations("meetings"))("form.editTitle") };
}

/** Edit a meeting note over the version loaded (SPEC W5). */
export default async function EditMeetingNotePage({ params }: Params) {
  const { org, id } = await params;
  const loaded = await loadOrDeny(async () => {
    const { ctx, note } = await loadMeetingNote(org, id);
    // The verb decides again on save; this only keeps a form from opening that could not be saved.
    if (!note.may.edit) throw new ForbiddenError("meetings.update");
    const [members, contacts]: [Option[], Option[]] = await Promise.all([
      listParticipantOptions(ctx),
      note.customer ? listMeetingContactOptions(ctx, { customerId: note.customer.id }) : [],
    ]);
    // Someone who has left stays a participant until unticked; a contact made inactive stays met.
    for (const p of note.participants) if (!members.some((m) => m.id === p.id)) members.push(p);
    for (const c of note.contactsMet) if (!contacts.some((o) => o.id === c.id)) contacts.push({ id: c.id, name: c.name });
    return { ctx, note, members, contacts };
  });
  if (loaded.denied) return <AccessDenied />;
  const { ctx, note, members, contacts } = loaded.data;
  const t = await getTranslations("meetings");
  const slug = ctx.org.slug;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("form.editTitle")} />
      <MeetingNoteForm
        orgSlug={slug}
        phoneCountry={ctx.org.phoneCountry}
        initial={editMeetingNoteInitial(note, ctx.org.timeZone)}
        // A customer out of the actor's sight shows no name; the verb answers for such a save.
        customer={note.customer}
        members={members}
        contacts={contacts}
        may={{ createContact: can(ctx.actor, "contacts.create"), bookAppointment: can(ctx.actor, "calendar.manage") }}
        booked={!!note.appointmentId}
        cancelHref={`/${slug}/meetings/${note.id}`}
      />
    </div>
  );
}
