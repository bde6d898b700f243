"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import { FormActions } from "@/components/forms/form-actions";
import { useCustomerChoices } from "@/components/forms/use-customer-choices";
import type { CustomerOption } from "@/components/customers/customer-combobox";
import { CustomerField } from "@/components/forms/customer-field";
import { FormSection } from "@/components/customers/form/form-section";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { WEEKDAYS } from "@/lib/calendars/schemas";
import { listCustomerContractOptionsAction } from "@/lib/contracts/actions";
import { createScheduleAction, updateScheduleAction } from "@/lib/schedules/actions";
import { type DateOptions, monthName, weekdayName } from "@/lib/schedules/describe-recurrence";
import { NTH_CHOICES, RECURRENCE_KINDS } from "@/lib/schedules/recurrence";
import { SCHEDULE_CATCH_UP_POLICIES, SCHEDULE_ENDS, scheduleFormSchema, type ScheduleFormValues } from "@/lib/schedules/schemas";

export type ScheduleChoices = {
  serviceTypes: { id: string; label: string }[];
  calendars: { id: string; name: string }[];
  technicians: { id: string; name: string }[];
  /** The contracts of the customer the form opened with; another customer's are fetched when chosen. */
  contracts: { id: string; name: string }[];
};

const ROW = "sm:col-span-2";

/**
 * SPEC K3: a schedule's fields. The recurrence is offered as plain choices (weekdays, "on day N",
 * "on the first Monday", "the last working day", yearly) that the verb builds into an RRULE; a raw
 * RRULE goes in the custom choice. Validation is the schema the verb parses with.
 */
export function ScheduleForm({
  orgSlug,
  choices,
  initial,
  customer: initialCustomer,
}: {
  orgSlug: string;
  choices: ScheduleChoices;
  initial: ScheduleFormValues & { id?: string; version?: number };
  customer: CustomerOption | null;
}) {
  const t = useTranslations("schedules");
  const validation = useTranslations("validation");
  const fieldsetError = (key: string | undefined) => (key ? (validation.has(key as never) ? validation(key as never) : validation("invalid")) : null);
  const format = useFormatter();
  const router = useRouter();
  const editing = !!initial.id;
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: scheduleFormSchema,
    defaultValues: initial,
    idempotent: !editing,
    action: (values) => (editing ? updateScheduleAction(orgSlug, values) : createScheduleAction(orgSlug, values)),
    onSuccess: (data) => {
      toast.success(editing ? t("form.saved") : t("form.created"));
      router.push(`/${orgSlug}/schedules/${data.id}`);
    },
  });
  const { register } = form;
  const error = (name: keyof typeof errors) => errorKey(errors[name]);
  const [kind, ends, interval] = useWatch({ control: form.control, name: ["kind", "ends", "interval"] });
  const count = Number(interval) || 1;
  const dateFormat = (date: Date, options: DateOptions) => format.dateTime(date, options);
  const [contracts, chooseContractsOf] = useCustomerChoices({ customerId: initialCustomer?.id ?? null, options: choices.contracts }, (customerId) =>
    listCustomerContractOptionsAction(orgSlug, { customerId }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormSection title={t("form.visit")}>
        <CustomerField
          orgSlug={orgSlug}
          control={form.control}
          name="customerId"
          initial={initialCustomer}
          label={t("fields.customer")}
          error={error("customerId")}
          onChange={(value) => {
            // A contract belongs to one customer: another customer starts without one.
            form.setValue("contractId", "");
            void chooseContractsOf(value?.id ?? null);
          }}
        />
        <Field label={t("fields.contract")} hint={t("fields.contractHint")} error={error("contractId")}>
          <Select {...register("contractId")}>
            <option value="">{t("fields.noContract")}</option>
            {contracts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
        <div className={ROW}>
          <Field label={t("fields.title")} error={error("title")}>
            <Input {...register("title")} />
          </Field>
        </div>
      </FormSection>

      <FormSection title={t("form.repeat")}>
        <Field label={t("fields.kind")} error={error("kind")}>
          <Select {...register("kind")}>
            {RECURRENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`fields.kinds.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        {kind !== "yearly" && kind !== "custom" && (
          <Field
            label={`${t("fields.interval")} (${kind === "weekly" ? t("fields.intervalWeeks", { count }) : t("fields.intervalMonths", { count })})`}
            hint={kind === "weekly" ? undefined : t("fields.intervalHint")}
            error={error("interval")}
          >
            <Input type="number" inputMode="numeric" min={1} max={kind === "weekly" ? 52 : 12} {...register("interval")} />
          </Field>
        )}
        {kind === "weekly" && (
          <fieldset className={ROW}>
            <legend className="mb-1 text-sm font-medium">{t("fields.weekdays")}</legend>
            <div className="flex flex-wrap gap-3">
              {WEEKDAYS.map((day) => (
                <label key={day} className="flex items-center gap-1.5 text-sm">
                  <input type="checkbox" value={day} className="size-4" {...register("weekdays")} />
                  {weekdayName(day, dateFormat)}
                </label>
              ))}
            </div>
            {error("weekdays") && <p className="mt-1 text-sm text-red-700 dark:text-red-400">{fieldsetError(error("weekdays"))}</p>}
          </fieldset>
        )}
        {(kind === "monthly_day" || kind === "yearly") && (
          <Field label={t("fields.day")} hint={t("fields.dayHint")} error={error("day")}>
            <Input type="number" inputMode="numeric" min={1} max={31} {...register("day")} />
          </Field>
        )}
        {kind === "yearly" && (
          <Field label={t("fields.month")} error={error("month")}>
            <Select {...register("month")}>
              {Array.from({ length: 12 }, (_, i) => (
                <option key={i + 1} value={i + 1}>
                  {monthName(i + 1, dateFormat)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {kind === "monthly_nth" && (
          <>
            <Field label={t("fields.nth")} error={error("nth")}>
              <Select {...register("nth")}>
                {NTH_CHOICES.map((n) => (
                  <option key={n} value={n}>
                    {t(`fields.nths.${n}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("fields.weekday")} error={error("weekday")}>
              <Select {...register("weekday")}>
                {WEEKDAYS.map((day) => (
                  <option key={day} value={day}>
                    {weekdayName(day, dateFormat)}
                  </option>
                ))}
              </Select>
            </Field>
          </>
        )}
        {kind === "custom" && (
          <div className={ROW}>
            <Field label={t("fields.rrule")} hint={t("fields.rruleHint")} error={error("rrule")}>
              <Input {...register("rrule")} spellCheck={false} autoCapitalize="characters" />
            </Field>
          </div>
        )}
        <Field label={t("fields.firstDate")} error={error("firstDate")}>
          <Input type="date" {...register("firstDate")} />
        </Field>
        <Field label={t("fields.ends")} error={error("ends")}>
          <Select {...register("ends")}>
            {SCHEDULE_ENDS.map((e) => (
              <option key={e} value={e}>
                {t(`fields.endsChoices.${e}`)}
              </option>
            ))}
          </Select>
        </Field>
        {ends === "until" && (
          <Field label={t("fields.untilDate")} error={error("untilDate")}>
            <Input type="date" {...register("untilDate")} />
          </Field>
        )}
        {ends === "count" && (
          <Field label={t("fields.count")} error={error("count")}>
            <Input type="number" inputMode="numeric" min={1} {...register("count")} />
          </Field>
        )}
        <Field label={t("fields.calendar")} hint={t("fields.calendarHint")} error={error("calendarId")}>
          <Select {...register("calendarId")}>
            <option value="">{t("fields.noCalendar")}</option>
            {choices.calendars.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      </FormSection>

      <FormSection title={t("form.work")}>
        <Field label={t("fields.leadDays")} hint={t("fields.leadDaysHint")} error={error("leadDays")}>
          <Input type="number" inputMode="numeric" min={0} max={365} {...register("leadDays")} />
        </Field>
        <Field label={t("fields.serviceType")} error={error("serviceTypeId")}>
          <Select {...register("serviceTypeId")}>
            {choices.serviceTypes.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset className={ROW}>
          <legend className="mb-1 text-sm font-medium">{t("fields.technicians")}</legend>
          <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">{t("fields.techniciansHint")}</p>
          <div className="flex flex-wrap gap-3">
            {choices.technicians.map((m) => (
              <label key={m.id} className="flex items-center gap-1.5 text-sm">
                <input type="checkbox" value={m.id} className="size-4" {...register("technicianIds")} />
                {m.name}
              </label>
            ))}
          </div>
          {error("technicianIds") && <p className="mt-1 text-sm text-red-700 dark:text-red-400">{fieldsetError(error("technicianIds"))}</p>}
        </fieldset>
        <div className={ROW}>
          <Field label={t("fields.catchUpPolicy")} hint={t("fields.catchUpHint")} error={error("catchUpPolicy")}>
            <Select {...register("catchUpPolicy")}>
              {SCHEDULE_CATCH_UP_POLICIES.map((p) => (
                <option key={p} value={p}>
                  {t(`fields.policies.${p}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </FormSection>
      {editing && <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("form.futureOnly")}</p>}
      <FormActions
        cancelHref={editing ? `/${orgSlug}/schedules/${initial.id}` : `/${orgSlug}/schedules`}
        cancel={t("form.cancel")}
        submit={editing ? t("form.save") : t("form.create")}
        pending={pending}
      />
    </form>
  );
}
