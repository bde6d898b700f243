import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { MeetingNoteActions } from "@/components/meeting-notes/meeting-note-actions";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, CardHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { appointmentPrefillHref } from "@/lib/meeting-notes/follow-up";
import { loadMeetingNote } from "./load-meeting-note";

type Params = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("meetings"))("title") };
}

/** SPEC W5: a meeting note — customer, participants, people met, outcome, and the appointment booked from it. */
export default async function MeetingNotePage({ params }: Params) {
  const { org, id } = await params;
  const loaded = await loadOrDeny(() => loadMeetingNote(org, id));
  if (loaded.denied) return <AccessDenied />;
  const { ctx, note } = loaded.data;
  const t = await getTranslations("meetings");
  const format = await getFormatter();
  const slug = ctx.org.slug;
  const list = `/${slug}/meetings`;
  const when = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <div className="mb-6">
        <Link href={list} className="mb-2 inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800 dark:hover:text-zinc-200">
          <ChevronLeft className="size-4" aria-hidden />
          {t("detail.back")}
        </Link>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-xl font-semibold tracking-tight break-words">{t("detail.heading", { date: when(note.metAt) })}</h1>
            <div className="mt-1.5 flex flex-wrap items-center gap-2 text-sm text-zinc-500">
              <span>{t(`outcomes.${note.outcome}`)}</span>
              {note.customer ? (
                <Link href={`/${slug}/customers/${note.customer.id}`} className="hover:underline">
                  {note.customer.name}
                </Link>
              ) : (
                <span>{t("detail.noCustomer")}</span>
              )}
            </div>
          </div>
          <MeetingNoteActions
            orgSlug={slug}
            noteId={note.id}
            bookHref={note.followUp ? appointmentPrefillHref(slug, note.followUp) : null}
            can={note.may}
            back={list}
          />
        </div>
      </div>
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card>
          <CardHeader title={t("fields.summary")} />
          <p className="px-4 py-3 text-sm whitespace-pre-wrap">{note.summary ?? t("detail.noSummary")}</p>
        </Card>
        <div className="space-y-6">
          <Card>
            <CardHeader title={t("detail.people")} />
            <dl className="space-y-3 p-4 text-sm">
              <div>
                <dt className="text-xs font-medium text-zinc-500">{t("fields.participants")}</dt>
                <dd>{note.participants.map((p) => p.name).join(", ")}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium text-zinc-500">{t("fields.contactsMet")}</dt>
                <dd>{note.contactsMet.length ? note.contactsMet.map((c) => c.name).join(", ") : t("detail.noContactsMet")}</dd>
              </div>
              {note.createdByName && (
                <div>
                  <dt className="text-xs font-medium text-zinc-500">{t("detail.writtenBy")}</dt>
                  <dd>{note.createdByName}</dd>
                </div>
              )}
            </dl>
          </Card>
          <Card>
            <CardHeader title={t("detail.appointment")} />
            <div className="p-4 text-sm">
              {note.appointment ? (
                <Link href={`/${slug}/agenda/${note.appointment.id}`} className="font-medium hover:underline">
                  {note.appointment.title} ·{" "}
                  {format.dateTimeRange(note.appointment.startsAt, note.appointment.endsAt, { dateStyle: "medium", timeStyle: "short" })}
                </Link>
              ) : (
                <p className="text-zinc-500">{t("detail.noAppointment")}</p>
              )}
            </div>
          </Card>
        </div>
      </div>
    </>
  );
}
