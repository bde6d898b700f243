import { getTranslations } from "next-intl/server";
import { AppointmentForm } from "@/components/appointments/appointment-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { editAppointmentInitial } from "@/lib/appointments/form-initial";
import { listAttendeeOptions } from "@/lib/appointments/list-attendee-options";
import { ForbiddenError } from "@/lib/errors";
import { loadAppointment } from "../load-appointment";

type Params = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("appointments"))("form.editTitle") };
}

/** Only its creator or Manage edits an appointment (W2); others see Access denied. */
export default async function EditAppointmentPage({ params }: Params) {
  const { org, id } = await params;
  const loaded = await loadOrDeny(async () => {
    const { ctx, appointment } = await loadAppointment(org, id);
    if (!appointment.mayEdit) throw new ForbiddenError("calendar.manageOthers");
    return { ctx, appointment, members: await listAttendeeOptions(ctx) };
  });
  if (loaded.denied) return <AccessDenied />;
  const { ctx, appointment, members } = loaded.data;
  const t = await getTranslations("appointments");
  // Only working members may attend (T8): one who has left drops out when the edit is saved.
  const working = new Set(members.map((m) => m.id));
  const initial = editAppointmentInitial(appointment, ctx.org.timeZone);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("form.editTitle")} />
      <AppointmentForm
        orgSlug={ctx.org.slug}
        members={members}
        customer={appointment.customer}
        initial={{ ...initial, attendeeIds: initial.attendeeIds.filter((a) => working.has(a)) }}
        cancelHref={`/${ctx.org.slug}/agenda/${appointment.id}`}
      />
    </div>
  );
}
