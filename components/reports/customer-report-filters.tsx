"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { type CustomerOption, CustomerPicker } from "./customer-picker";
import { DateRangeFields, readRange } from "./date-range-fields";
import { useReportNavigation } from "./use-report-navigation";

type Option = { id: string; label: string };

/**
 * Report 1's filters. Choosing a customer, a contact or a service type shows the report at once;
 * dates apply with "Show". A new customer drops the contact filter (contacts belong to a customer).
 */
export function CustomerReportFilters({
  orgSlug,
  customer,
  contacts,
  types,
  contactId,
  typeId,
  from,
  to,
  rangeError,
}: {
  orgSlug: string;
  customer: CustomerOption | null;
  contacts: Option[];
  types: Option[];
  contactId: string | null;
  typeId: string | null;
  from: string;
  to: string;
  rangeError?: string;
}) {
  const t = useTranslations("reports.filters");
  const { navigate, pending } = useReportNavigation({ customer: customer?.id, contact: contactId, type: typeId, from, to });
  return (
    <form
      aria-busy={pending}
      className="grid gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[minmax(14rem,2fr)_repeat(2,minmax(10rem,1fr))_repeat(2,minmax(9rem,1fr))_auto] lg:items-end dark:border-zinc-800 dark:bg-zinc-900"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(readRange(event.currentTarget));
      }}
    >
      <Field label={t("customer")}>
        <CustomerPicker orgSlug={orgSlug} value={customer} onChange={(next) => navigate({ customer: next?.id, contact: null })} />
      </Field>
      <Field label={t("contact")}>
        <Select value={contactId ?? ""} disabled={!customer} onChange={(e) => navigate({ contact: e.target.value })}>
          <option value="">{t("allContacts")}</option>
          {contacts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("serviceType")}>
        <Select value={typeId ?? ""} onChange={(e) => navigate({ type: e.target.value })}>
          <option value="">{t("allTypes")}</option>
          {types.map((type) => (
            <option key={type.id} value={type.id}>
              {type.label}
            </option>
          ))}
        </Select>
      </Field>
      <DateRangeFields key={`${from}:${to}`} from={from} to={to} error={rangeError} />
      <Button type="submit" variant="secondary" pending={pending}>
        {t("apply")}
      </Button>
      <p className="text-xs text-zinc-500 sm:col-span-2 lg:col-span-6">{t("rangeHint")}</p>
    </form>
  );
}
