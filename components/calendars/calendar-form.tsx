"use client";

import { Plus, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type Control, type UseFormRegister, useFieldArray, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { FormSection } from "@/components/customers/form/form-section";
import { FormActions } from "@/components/forms/form-actions";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { createBusinessCalendarAction, updateBusinessCalendarAction } from "@/lib/calendars/actions";
import { calendarFormSchema, type CalendarFormValues } from "@/lib/calendars/record-schemas";
import { HOLIDAY_COUNTRIES, type Weekday, WEEKDAYS } from "@/lib/calendars/schemas";
import { PublicHolidayPreview, type PreviewYears } from "./public-holiday-preview";

export type { CalendarFormValues };
type Values = CalendarFormValues;

/** A nested error's catalogue key, by its path in the form's errors ("hours.mon.1.start"). */
function errorAt(errors: unknown, path: (string | number)[]): string | undefined {
  let node: unknown = errors;
  for (const key of path) node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  return errorKey(node as { message?: unknown } | undefined);
}

function DaySegments({
  day,
  control,
  register,
  errors,
}: {
  day: Weekday;
  control: Control<Values>;
  register: UseFormRegister<Values>;
  errors: unknown;
}) {
  const t = useTranslations("calendars.week");
  const { fields, append, remove } = useFieldArray({ control, name: `hours.${day}` as const });
  const dayName = t(`days.${day}`);
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start">
      <span className="w-28 shrink-0 pt-2 text-sm font-medium">{dayName}</span>
      <div className="flex-1 space-y-2">
        {fields.length === 0 && <p className="pt-2 text-sm text-zinc-500">{t("closed")}</p>}
        {fields.map((segment, i) => (
          <div key={segment.id} className="flex flex-wrap items-start gap-2">
            <div className="w-28">
              <Field label={`${t("from")} (${dayName} ${i + 1})`} error={errorAt(errors, ["hours", day, i, "start"])}>
                <Input type="time" {...register(`hours.${day}.${i}.start` as const)} />
              </Field>
            </div>
            <div className="w-28">
              <Field label={`${t("to")} (${dayName} ${i + 1})`} error={errorAt(errors, ["hours", day, i, "end"])}>
                <Input type="time" {...register(`hours.${day}.${i}.end` as const)} />
              </Field>
            </div>
            <button
              type="button"
              onClick={() => remove(i)}
              className={`${buttonClass("ghost", "sm")} mt-6`}
              aria-label={t("removeSegment", { day: dayName, start: segment.start, end: segment.end })}
            >
              <X className="size-4" aria-hidden />
            </button>
          </div>
        ))}
        <button type="button" onClick={() => append({ start: "13:30", end: "18:00" })} className={buttonClass("ghost", "sm")}>
          <Plus className="size-4" aria-hidden />
          {t("addSegment", { day: dayName })}
        </button>
        {errorAt(errors, ["hours", day]) && <p className="text-xs font-medium text-red-600 dark:text-red-400">{errorAt(errors, ["hours", day])}</p>}
      </div>
    </li>
  );
}

/**
 * Settings → Calendars: a business calendar's zone, working segments per weekday (several a day,
 * so a lunch break is two segments), own holidays (once, yearly, half days) and the country whose
 * public holidays are preloaded, previewed for this year and the next.
 */
export function CalendarForm({
  orgSlug,
  initial,
  timeZones,
  previews,
}: {
  orgSlug: string;
  initial: CalendarFormValues;
  timeZones: string[];
  previews: PreviewYears;
}) {
  const t = useTranslations("calendars");
  const validation = useTranslations("validation");
  const router = useRouter();
  const editing = !!initial.id;
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: calendarFormSchema,
    defaultValues: initial,
    action: (values) => (editing ? updateBusinessCalendarAction(orgSlug, values) : createBusinessCalendarAction(orgSlug, values)),
    onSuccess: () => {
      toast.success(editing ? t("saved") : t("created"));
      router.push(`/${orgSlug}/settings/calendars`);
    },
  });
  const { register, control } = form;
  const holidays = useFieldArray({ control, name: "holidays" });
  const country = useWatch({ control, name: "country" });
  const kinds = useWatch({ control, name: "holidays" });
  const hoursError = errorAt(errors, ["hours"]);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormSection title={t("description")}>
        <Field label={t("fields.name")} error={errorAt(errors, ["name"])}>
          <Input {...register("name")} />
        </Field>
        <Field label={t("fields.timeZone")} error={errorAt(errors, ["timeZone"])}>
          <Select {...register("timeZone")}>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("fields.country")} error={errorAt(errors, ["country"])}>
          <Select {...register("country")}>
            <option value="">{t("fields.noCountry")}</option>
            {HOLIDAY_COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {t(`fields.countries.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
        <label className="flex items-center gap-2 self-end pb-2 text-sm">
          <input type="checkbox" className="size-4" {...register("isDefault")} />
          {t("fields.isDefault")}
        </label>
        {errorAt(errors, ["isDefault"]) && (
          <p className="text-xs font-medium text-red-600 sm:col-span-2 dark:text-red-400">{validation(errorAt(errors, ["isDefault"]) as never)}</p>
        )}
      </FormSection>

      <fieldset className="rounded-lg border border-zinc-200 bg-white px-4 dark:border-zinc-800 dark:bg-zinc-900">
        <legend className="px-1 text-sm font-semibold">{t("week.title")}</legend>
        <p className="text-sm text-zinc-500">{t("week.description")}</p>
        <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {WEEKDAYS.map((day) => (
            <DaySegments key={day} day={day} control={control} register={register} errors={errors} />
          ))}
        </ul>
        {hoursError && (
          <p className="pb-3 text-xs font-medium text-red-600 dark:text-red-400">
            {validation.has(hoursError as never) ? validation(hoursError as never) : hoursError}
          </p>
        )}
      </fieldset>

      <fieldset className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
        <legend className="px-1 text-sm font-semibold">{t("holidays.title")}</legend>
        <p className="text-sm text-zinc-500">{t("holidays.description")}</p>
        {holidays.fields.length === 0 && <p className="text-sm text-zinc-500">{t("holidays.none")}</p>}
        {holidays.fields.map((holiday, i) => (
          <div
            key={holiday.id}
            className="grid gap-2 rounded-md border border-zinc-100 p-3 sm:grid-cols-[8rem_10rem_1fr_8rem_auto] dark:border-zinc-800"
          >
            <Field label={t("holidays.kind")}>
              <Select {...register(`holidays.${i}.kind` as const)}>
                <option value="once">{t("holidays.once")}</option>
                <option value="yearly">{t("holidays.yearly")}</option>
              </Select>
            </Field>
            <Field
              label={kinds?.[i]?.kind === "yearly" ? t("holidays.monthDay") : t("holidays.date")}
              error={errorAt(errors, ["holidays", i, "date"])}
            >
              <Input
                type={kinds?.[i]?.kind === "yearly" ? "text" : "date"}
                placeholder={kinds?.[i]?.kind === "yearly" ? "MM-DD" : undefined}
                {...register(`holidays.${i}.date` as const)}
              />
            </Field>
            <Field label={t("holidays.name")} error={errorAt(errors, ["holidays", i, "name"])}>
              <Input {...register(`holidays.${i}.name` as const)} />
            </Field>
            <Field label={t("holidays.until")} error={errorAt(errors, ["holidays", i, "until"])}>
              <Input type="time" {...register(`holidays.${i}.until` as const)} />
            </Field>
            <button
              type="button"
              onClick={() => holidays.remove(i)}
              className={`${buttonClass("ghost", "sm")} self-end`}
              aria-label={t("holidays.remove", { number: i + 1 })}
            >
              <X className="size-4" aria-hidden />
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => holidays.append({ kind: "once", date: "", name: "", until: "" })}
          className={buttonClass("secondary", "sm")}
        >
          <Plus className="size-4" aria-hidden />
          {t("holidays.add")}
        </button>
      </fieldset>

      <PublicHolidayPreview country={country || null} previews={previews} />

      <FormActions cancelHref={`/${orgSlug}/settings/calendars`} cancel={t("cancel")} submit={editing ? t("save") : t("create")} pending={pending} />
    </form>
  );
}
