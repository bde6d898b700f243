import { getTranslations } from "next-intl/server";
import { AppointmentForm } from "@/components/appointments/appointment-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { newAppointmentInitial, parsePrefill } from "@/lib/appointments/form-initial";
import { listAttendeeOptions } from "@/lib/appointments/list-attendee-options";
import { now } from "@/lib/clock";
import { getCustomer } from "@/lib/customers/get-customer";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { firstValues } from "@/lib/search/first-values";

export async function generateMetadata() {
  return { title: (await getTranslations("appointments"))("form.newTitle") };
}

/**
 * A new appointment (SPEC W2). The query prefills it: `customerId`, `startsAt` (an ISO instant),
 * `durationMinutes`, `attendeeIds` (comma-separated), `title`, `fromMeetingNoteId`.
 */
export default async function NewAppointmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await getOrgContext((await params).org);
  const prefill = parsePrefill(firstValues(await searchParams));
  const loaded = await loadOrDeny(async () => {
    const members = await listAttendeeOptions(ctx);
    // An unknown or unseen customer id just leaves the field empty.
    const customer = prefill.customerId ? await getCustomer(ctx, { id: prefill.customerId }).catch(() => null) : null;
    return { members, customer };
  });
  if (loaded.denied) return <AccessDenied />;
  const { members, customer } = loaded.data;
  const working = new Set(members.map((m) => m.id));
  const initial = newAppointmentInitial(prefill, ctx.actor.userId, now(), ctx.org.timeZone);
  const t = await getTranslations("appointments");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("form.newTitle")} />
      <AppointmentForm
        orgSlug={ctx.org.slug}
        members={members}
        customer={customer ? { id: customer.id, name: customer.name } : null}
        initial={{ ...initial, customerId: customer?.id ?? "", attendeeIds: initial.attendeeIds.filter((id) => working.has(id)) }}
        cancelHref={`/${ctx.org.slug}/agenda`}
      />
    </div>
  );
}
