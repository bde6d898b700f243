import { Pencil } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeleteAppointmentButton } from "@/components/appointments/delete-appointment-button";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { loadAppointment } from "./load-appointment";

type Params = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata({ params }: Params) {
  const { org, id } = await params;
  const loaded = await loadOrDeny(() => loadAppointment(org, id));
  return { title: loaded.denied ? undefined : loaded.data.appointment.title };
}

/** SPEC W2: an appointment — when, where, with whom; Edit and Delete only for its creator or Manage. */
export default async function AppointmentPage({ params }: Params) {
  const { org, id } = await params;
  const loaded = await loadOrDeny(() => loadAppointment(org, id));
  if (loaded.denied) return <AccessDenied />;
  const { ctx, appointment } = loaded.data;
  const t = await getTranslations("appointments");
  const format = await getFormatter();
  const base = `/${ctx.org.slug}`;
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid gap-1 py-2 sm:grid-cols-3">
      <dt className="text-sm text-zinc-500">{label}</dt>
      <dd className="text-sm sm:col-span-2">{value}</dd>
    </div>
  );
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PageHeader
        title={appointment.title}
        description={
          <Link href={`${base}/agenda`} className="text-sm underline-offset-2 hover:underline">
            {t("detail.back")}
          </Link>
        }
        actions={
          appointment.mayEdit ? (
            <div className="flex gap-2">
              <Link href={`${base}/agenda/${appointment.id}/edit`} className={buttonClass("secondary")}>
                <Pencil className="size-4" aria-hidden />
                {t("detail.edit")}
              </Link>
              <DeleteAppointmentButton orgSlug={ctx.org.slug} id={appointment.id} />
            </div>
          ) : undefined
        }
      />
      <Card className="p-4">
        <dl className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {row(t("fields.when"), format.dateTimeRange(appointment.startsAt, appointment.endsAt, { dateStyle: "full", timeStyle: "short" }))}
          {row(
            t("fields.customer"),
            appointment.customer ? (
              <Link href={`${base}/customers/${appointment.customer.id}`} className="underline-offset-2 hover:underline">
                {appointment.customer.name}
              </Link>
            ) : (
              t("fields.noCustomer")
            ),
          )}
          {appointment.place && row(t("fields.place"), appointment.place)}
          {row(
            t("fields.attendees"),
            <ul className="space-y-1">
              {appointment.attendees.map((person) => (
                <li key={person.id}>
                  <Link href={`${base}/members/${person.id}`} className="underline-offset-2 hover:underline">
                    {person.name}
                  </Link>
                </li>
              ))}
            </ul>,
          )}
          {appointment.createdBy && row(t("fields.createdBy"), appointment.createdBy.name)}
          {appointment.description && row(t("fields.description"), <p className="whitespace-pre-line">{appointment.description}</p>)}
        </dl>
      </Card>
    </div>
  );
}
