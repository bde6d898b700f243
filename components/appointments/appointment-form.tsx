"use client";

import { useRouter } from "next/navigation";
import { useTimeZone, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useController } from "react-hook-form";
import { toast } from "sonner";
import type { CustomerOption } from "@/components/customers/customer-combobox";
import { FormSection } from "@/components/customers/form/form-section";
import { Textarea } from "@/components/customers/form/textarea";
import { CustomerField } from "@/components/forms/customer-field";
import { FormActions } from "@/components/forms/form-actions";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createAppointmentAction, updateAppointmentAction } from "@/lib/appointments/actions";
import type { ClashView } from "@/lib/appointments/clash-answer";
import type { AppointmentFormInitial } from "@/lib/appointments/form-initial";
import { appointmentFormSchema } from "@/lib/appointments/schemas";
import { instantAt, parseCivilDate } from "@/lib/calendars/civil-date";
import { ClashWarning } from "./clash-warning";

/**
 * SPEC W2: book or edit an appointment. The day and time are read in the org's time zone (not
 * the browser's) and travel as an instant. A clash answers with a warning naming each one; the
 * form keeps what was typed, and "Save anyway" sends the same values acknowledged.
 */
export function AppointmentForm({
  orgSlug,
  initial,
  customer,
  members,
  cancelHref,
}: {
  orgSlug: string;
  initial: AppointmentFormInitial;
  customer: CustomerOption | null;
  members: { id: string; name: string }[];
  cancelHref: string;
}) {
  const t = useTranslations("appointments.form");
  const field = useTranslations("appointments.fields");
  const router = useRouter();
  // Always set by the request config; UTC only keeps the types honest.
  const timeZone = useTimeZone() ?? "UTC";
  const editing = !!initial.id;
  const [clashes, setClashes] = useState<ClashView[] | null>(null);
  const acknowledge = useRef(false);
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: appointmentFormSchema,
    defaultValues: { ...initial, acknowledgeClashes: false },
    idempotent: !editing,
    action: ({ date, time, durationMinutes, ...values }) => {
      const [hours, minutes] = time.split(":").map(Number);
      const startsAt = new Date(instantAt(parseCivilDate(date), hours! * 60 + minutes!, timeZone)).toISOString();
      const input = { ...values, startsAt, durationMinutes, acknowledgeClashes: acknowledge.current };
      return editing
        ? updateAppointmentAction(orgSlug, { ...input, id: initial.id, version: initial.version })
        : createAppointmentAction(orgSlug, { ...input, fromMeetingNoteId: initial.fromMeetingNoteId ?? null });
    },
    onSuccess: (answer) => {
      acknowledge.current = false;
      if (answer.status === "clashes") return setClashes(answer.clashes);
      toast.success(editing ? t("saved") : t("created"));
      router.push(`/${orgSlug}/agenda/${answer.value.id}`);
    },
  });
  const { register } = form;
  const error = (name: keyof typeof errors) => errorKey(errors[name]);
  const validation = useTranslations("validation");
  const attendeeError = errorKey(errors.attendeeIds);
  const attendees = useController({ control: form.control, name: "attendeeIds" });
  const chosen = new Set((attendees.field.value as string[] | undefined) ?? []);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    attendees.field.onChange(members.map((m) => m.id).filter((m) => next.has(m)));
    setClashes(null);
  };

  return (
    <form onSubmit={onSubmit} onChange={() => setClashes(null)} noValidate className="space-y-6">
      <FormSection title={editing ? t("editTitle") : t("newTitle")}>
        <div className="sm:col-span-2">
          <Field label={field("title")} error={error("title")}>
            <Input {...register("title")} />
          </Field>
        </div>
        <CustomerField
          orgSlug={orgSlug}
          control={form.control}
          name="customerId"
          initial={customer}
          label={field("customer")}
          error={error("customerId")}
        />
        <Field label={field("place")} error={error("place")}>
          <Input {...register("place")} />
        </Field>
        <Field label={field("date")} error={error("date")}>
          <Input type="date" {...register("date")} />
        </Field>
        <Field label={field("time")} error={error("time")}>
          <Input type="time" step={60} {...register("time")} />
        </Field>
        <Field label={field("duration")} error={error("durationMinutes")}>
          <Input type="number" inputMode="numeric" min={1} step={5} {...register("durationMinutes")} />
        </Field>
        <div className="sm:col-span-2">
          <Field label={field("description")} error={error("description")}>
            <Textarea rows={3} {...register("description")} />
          </Field>
        </div>
        <fieldset className="sm:col-span-2" aria-describedby={attendeeError ? "attendees-error" : undefined}>
          <legend className="mb-2 text-sm font-medium">{field("attendees")}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {members.map((member) => (
              <label key={member.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" className="size-4" checked={chosen.has(member.id)} onChange={(e) => toggle(member.id, e.target.checked)} />
                {member.name}
              </label>
            ))}
          </div>
          {attendeeError && (
            <p id="attendees-error" className="mt-1 text-sm text-red-600">
              {validation(attendeeError && validation.has(attendeeError as never) ? (attendeeError as never) : "invalid")}
            </p>
          )}
        </fieldset>
      </FormSection>
      {clashes && (
        <ClashWarning
          clashes={clashes}
          pending={pending}
          onDismiss={() => setClashes(null)}
          onSaveAnyway={() => {
            acknowledge.current = true;
            void onSubmit();
          }}
        />
      )}
      <FormActions cancelHref={cancelHref} cancel={t("cancel")} submit={editing ? t("save") : t("create")} pending={pending} />
    </form>
  );
}
