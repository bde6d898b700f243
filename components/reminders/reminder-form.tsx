"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTimeZone, useTranslations } from "next-intl";
import { useState } from "react";
import { Controller } from "react-hook-form";
import { toast } from "sonner";
import { type CustomerOption, CustomerCombobox } from "@/components/customers/customer-combobox";
import { Textarea } from "@/components/customers/form/textarea";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { fromLocalInput, wallClockOf } from "@/components/service/form/zoned-time";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createReminderAction, updateReminderAction } from "@/lib/reminders/actions";
import { createReminderSchema, type ReminderFormInput, updateReminderSchema } from "@/lib/reminders/schemas";

export type ReminderFormValues = ReminderFormInput & { id?: string; version?: number };

/**
 * SPEC W6: a reminder's text, due time (typed and shown in the org's zone), whom it is for
 * (working members; the writer is ticked by default) and an optional customer. New on the list
 * page (it stays there, emptied, after adding), or an edit by its creator.
 */
export function ReminderForm({
  orgSlug,
  initial,
  customer,
  members,
  me,
}: {
  orgSlug: string;
  /** `dueAt` as the `datetime-local` text of its wall-clock time in the org's zone. */
  initial: ReminderFormValues;
  customer: CustomerOption | null;
  members: { id: string; name: string }[];
  me: string;
}) {
  const fields = useTranslations("reminders.fields");
  const text = useTranslations("reminders.form");
  const picker = useTranslations("common.customerPicker");
  const [chosenCustomer, setChosenCustomer] = useState<CustomerOption | null>(customer);
  const router = useRouter();
  const timeZone = useTimeZone() ?? "UTC";
  const editing = !!initial.id;
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: editing ? updateReminderSchema : createReminderSchema,
    defaultValues: initial,
    idempotent: !editing,
    action: (values) => {
      const placed = { ...values, dueAt: fromLocalInput(wallClockOf(values.dueAt), timeZone) };
      return editing ? updateReminderAction(orgSlug, placed) : createReminderAction(orgSlug, placed);
    },
    onSuccess: () => {
      toast.success(editing ? text("saved") : text("created"));
      if (editing) router.push(`/${orgSlug}/reminders/${initial.id}`);
      else {
        form.reset(initial);
        setChosenCustomer(null);
      }
    },
  });
  const { register } = form;
  const error = (name: keyof typeof errors) => errorKey(errors[name]);
  const recipientsError = error("recipientIds");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={fields("body")} error={error("body")}>
        <Textarea rows={3} {...register("body")} />
      </Field>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label={fields("dueAt")} error={error("dueAt")}>
          <Input type="datetime-local" {...register("dueAt")} />
        </Field>
        <Controller
          control={form.control}
          name="customerId"
          render={({ field }) => (
            <Field label={fields("customer")} error={error("customerId")}>
              <CustomerCombobox
                orgSlug={orgSlug}
                value={chosenCustomer}
                onChange={(value) => {
                  setChosenCustomer(value);
                  field.onChange(value?.id ?? "");
                }}
                labels={{
                  placeholder: picker("placeholder"),
                  clear: picker("clear"),
                  searching: picker("searching"),
                  noResults: picker("noResults"),
                }}
              />
            </Field>
          )}
        />
      </div>
      <Controller
        control={form.control}
        name="recipientIds"
        render={({ field }) => {
          const chosen = new Set(field.value ?? []);
          return (
            <fieldset aria-describedby={recipientsError ? "reminder-recipients-error" : undefined}>
              <legend className="mb-1.5 text-sm font-medium text-zinc-800 dark:text-zinc-200">{fields("recipients")}</legend>
              <div className="grid max-h-48 grid-cols-1 gap-1 overflow-y-auto rounded-md border border-zinc-200 p-2 sm:grid-cols-2 dark:border-zinc-800">
                {members.map((m) => (
                  <label key={m.id} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={chosen.has(m.id)}
                      onChange={(e) => {
                        const next = new Set(chosen);
                        if (e.target.checked) next.add(m.id);
                        else next.delete(m.id);
                        field.onChange(members.map((x) => x.id).filter((id) => next.has(id)));
                      }}
                    />
                    {m.id === me ? fields("me", { name: m.name }) : m.name}
                  </label>
                ))}
              </div>
              {recipientsError && <RecipientsError code={recipientsError} />}
            </fieldset>
          );
        }}
      />
      <div className="flex flex-wrap justify-end gap-2">
        {editing && (
          <Link href={`/${orgSlug}/reminders/${initial.id}`} className={buttonClass("secondary")}>
            {text("cancel")}
          </Link>
        )}
        <Button type="submit" pending={pending}>
          {editing ? text("save") : text("create")}
        </Button>
      </div>
    </form>
  );
}

function RecipientsError({ code }: { code: string }) {
  const t = useTranslations("validation");
  return (
    <p id="reminder-recipients-error" className="mt-1 text-xs font-medium text-red-600 dark:text-red-400">
      {t.has(code as never) ? t(code as never) : t("invalid")}
    </p>
  );
}
