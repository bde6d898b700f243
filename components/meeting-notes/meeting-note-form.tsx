"use client";

import { useRouter } from "next/navigation";
import { useTimeZone, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useController } from "react-hook-form";
import { toast } from "sonner";
import { ClashWarning } from "@/components/appointments/clash-warning";
import type { CustomerOption } from "@/components/customers/customer-combobox";
import { FormSection } from "@/components/customers/form/form-section";
import { Textarea } from "@/components/customers/form/textarea";
import { CustomerField } from "@/components/forms/customer-field";
import { FormActions } from "@/components/forms/form-actions";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { useCustomerChoices } from "@/components/forms/use-customer-choices";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import type { ClashView } from "@/lib/appointments/clash-answer";
import { instantAt, parseCivilDate } from "@/lib/calendars/civil-date";
import { createMeetingNoteAction, listMeetingContactOptionsAction, updateMeetingNoteAction } from "@/lib/meeting-notes/actions";
import { appointmentPrefillHref } from "@/lib/meeting-notes/follow-up";
import type { MeetingNoteFormInitial } from "@/lib/meeting-notes/form-initial";
import { MEETING_OUTCOMES, meetingNoteSchemasFor } from "@/lib/meeting-notes/schemas";
import type { PhoneCountry } from "@/lib/orgs/phone-country";

type Option = { id: string; name: string };

const NO_CONTACT = { name: "", email: "", phone: "" };

/**
 * SPEC W5 (seed 004 "Görüşme Notları"): write or edit a meeting note. The day and time are read
 * in the org's zone and travel as an instant. The people met are the chosen customer's contacts,
 * or "someone else", created as its contact with the note. A same-hour clash answers with a
 * warning naming it; "Save anyway" sends the same values acknowledged. Saved with outcome
 * "appointment" (and none booked yet), the appointment form opens prefilled from the note.
 */
export function MeetingNoteForm({
  orgSlug,
  phoneCountry,
  initial,
  customer,
  members,
  contacts,
  may,
  booked = false,
  cancelHref,
}: {
  orgSlug: string;
  phoneCountry: PhoneCountry | null;
  initial: MeetingNoteFormInitial;
  customer: CustomerOption | null;
  members: Option[];
  /** The contacts of the customer the form opened with. */
  contacts: Option[];
  may: { createContact: boolean; bookAppointment: boolean };
  /** An appointment was already booked from this note: saving does not offer another. */
  booked?: boolean;
  cancelHref: string;
}) {
  const t = useTranslations("meetings");
  const router = useRouter();
  // Always set by the request config; UTC only keeps the types honest.
  const timeZone = useTimeZone() ?? "UTC";
  const editing = !!initial.id;
  const [clashes, setClashes] = useState<ClashView[] | null>(null);
  const acknowledge = useRef(false);
  const [someoneElse, setSomeoneElse] = useState(false);
  const [loadingContacts, setLoadingContacts] = useState(false);
  const [contactOptions, chooseCustomer] = useCustomerChoices({ customerId: initial.customerId || null, options: contacts }, (customerId) =>
    listMeetingContactOptionsAction(orgSlug, { customerId }),
  );
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: meetingNoteSchemasFor(phoneCountry).form,
    defaultValues: { ...initial, newContact: null, acknowledgeClashes: false },
    idempotent: !editing,
    action: ({ date, time, ...values }) => {
      const [hours, minutes] = time.split(":").map(Number);
      const metAt = new Date(instantAt(parseCivilDate(date), hours! * 60 + minutes!, timeZone)).toISOString();
      const input = { ...values, metAt, newContact: someoneElse ? values.newContact : null, acknowledgeClashes: acknowledge.current };
      return editing
        ? updateMeetingNoteAction(orgSlug, { ...input, id: initial.id, version: initial.version })
        : createMeetingNoteAction(orgSlug, input);
    },
    onSuccess: (answer) => {
      acknowledge.current = false;
      if (answer.status === "clashes") return setClashes(answer.clashes);
      const { id, followUp } = answer.value;
      if (followUp && !booked && may.bookAppointment) {
        toast.success(t("form.bookNext"));
        return router.push(appointmentPrefillHref(orgSlug, followUp));
      }
      toast.success(editing ? t("form.saved") : t("form.created"));
      router.push(`/${orgSlug}/meetings/${id}`);
    },
  });
  const { register } = form;
  const error = (name: keyof typeof errors) => errorKey(errors[name]);
  const participants = useController({ control: form.control, name: "participantIds" });
  const met = useController({ control: form.control, name: "contactIds" });
  const customerId = useController({ control: form.control, name: "customerId" }).field.value as string;
  // Ids outside the options (a contact the actor cannot see, a member who left) stay as they are.
  const toggle = (field: { value: unknown; onChange: (value: string[]) => void }, id: string, on: boolean) => {
    const current = (field.value as string[] | undefined) ?? [];
    field.onChange(on ? [...current.filter((v) => v !== id), id] : current.filter((v) => v !== id));
    setClashes(null);
  };
  const newContactError = (name: "name" | "email" | "phone") => errorKey(errors.newContact?.[name]);

  return (
    <form onSubmit={onSubmit} onChange={() => setClashes(null)} noValidate className="space-y-6">
      <FormSection title={editing ? t("form.editTitle") : t("form.newTitle")}>
        <div className="sm:col-span-2">
          <CustomerField
            orgSlug={orgSlug}
            control={form.control}
            name="customerId"
            initial={customer}
            label={t("fields.customer")}
            error={error("customerId")}
            onChange={async (value) => {
              form.setValue("contactIds", []);
              setLoadingContacts(!!value);
              await chooseCustomer(value?.id ?? null);
              setLoadingContacts(false);
            }}
          />
        </div>
        <Field label={t("fields.date")} error={error("date")}>
          <Input type="date" {...register("date")} />
        </Field>
        <Field label={t("fields.time")} error={error("time")}>
          <Input type="time" step={60} {...register("time")} />
        </Field>
        <Field label={t("fields.outcome")} error={error("outcome")}>
          <Select {...register("outcome")}>
            <option value="">{t("fields.chooseOutcome")}</option>
            {MEETING_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`outcomes.${outcome}`)}
              </option>
            ))}
          </Select>
        </Field>
        <CheckList
          legend={t("fields.participants")}
          options={members}
          chosen={(participants.field.value as string[] | undefined) ?? []}
          onToggle={(id, on) => toggle(participants.field, id, on)}
          error={errorKey(errors.participantIds)}
          errorId="participants-error"
        />
        <fieldset className="sm:col-span-2">
          <legend className="mb-2 text-sm font-medium">{t("fields.contactsMet")}</legend>
          {!customerId ? (
            <p className="text-sm text-zinc-500">{t("fields.chooseCustomerFirst")}</p>
          ) : loadingContacts ? (
            <p className="text-sm text-zinc-500" role="status">
              {t("fields.loadingContacts")}
            </p>
          ) : contactOptions.length === 0 ? (
            <p className="text-sm text-zinc-500">{t("fields.noContacts")}</p>
          ) : null}
          <div className="grid gap-2 sm:grid-cols-2">
            {customerId &&
              !loadingContacts &&
              contactOptions.map((contact) => (
                <label key={contact.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-4"
                    checked={((met.field.value as string[] | undefined) ?? []).includes(contact.id)}
                    onChange={(e) => toggle(met.field, contact.id, e.target.checked)}
                  />
                  {contact.name}
                </label>
              ))}
            {customerId && may.createContact && (
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={someoneElse}
                  onChange={(e) => {
                    setSomeoneElse(e.target.checked);
                    form.setValue("newContact", e.target.checked ? NO_CONTACT : null);
                  }}
                />
                {t("fields.someoneElse")}
              </label>
            )}
          </div>
          {errorKey(errors.contactIds) && <p className="mt-1 text-xs font-medium text-red-600 dark:text-red-400">{t("fields.contactsInvalid")}</p>}
          {someoneElse && customerId && (
            <div className="mt-3 grid gap-4 rounded-md border border-zinc-200 p-3 sm:grid-cols-3 dark:border-zinc-800">
              <Field label={t("fields.newContactName")} error={newContactError("name")}>
                <Input {...register("newContact.name")} autoComplete="off" />
              </Field>
              <Field label={t("fields.newContactEmail")} error={newContactError("email")}>
                <Input type="email" {...register("newContact.email")} autoComplete="off" />
              </Field>
              <Field label={t("fields.newContactPhone")} error={newContactError("phone")}>
                <Input type="tel" {...register("newContact.phone")} autoComplete="off" />
              </Field>
              <p className="text-xs text-zinc-500 sm:col-span-3">{t("fields.newContactHint")}</p>
            </div>
          )}
        </fieldset>
        <div className="sm:col-span-2">
          <Field label={t("fields.summary")} error={error("summary")}>
            <Textarea rows={5} {...register("summary")} />
          </Field>
        </div>
      </FormSection>
      {clashes && (
        <ClashWarning
          clashes={clashes}
          pending={pending}
          describe={(clash) =>
            clash.kind === "meeting_note" && clash.title !== null
              ? clash.title
                ? t("clash.meetingWith", { customer: clash.title })
                : t("clash.meeting")
              : undefined
          }
          onDismiss={() => setClashes(null)}
          onSaveAnyway={() => {
            acknowledge.current = true;
            void onSubmit();
          }}
        />
      )}
      <FormActions cancelHref={cancelHref} cancel={t("form.cancel")} submit={editing ? t("form.save") : t("form.create")} pending={pending} />
    </form>
  );
}

/** Members as checkboxes, in the options' order; the error is a `validation.` key. */
function CheckList({
  legend,
  options,
  chosen,
  onToggle,
  error,
  errorId,
}: {
  legend: string;
  options: Option[];
  chosen: string[];
  onToggle: (id: string, on: boolean) => void;
  error?: string;
  errorId: string;
}) {
  const validation = useTranslations("validation");
  return (
    <fieldset className="sm:col-span-2" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" checked={chosen.includes(option.id)} onChange={(e) => onToggle(option.id, e.target.checked)} />
            {option.name}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-xs font-medium text-red-600 dark:text-red-400">
          {validation.has(error as never) ? validation(error as never) : validation("invalid")}
        </p>
      )}
    </fieldset>
  );
}
