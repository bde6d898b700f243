"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { SLA_REPORT_GROUPS, type SlaReportGroup } from "@/lib/reports/sla-report-schema";
import { type CustomerOption, CustomerPicker } from "./customer-picker";
import { DateRangeFields, readRange } from "./date-range-fields";
import { useReportNavigation } from "./use-report-navigation";

type Option = { id: string; name: string };

/** The SLA report's filters; each choice rewrites the URL (back to page 1) and the server renders the report. */
export function SlaReportFilters({
  orgSlug,
  groupBy,
  customer,
  contractId,
  technicianId,
  contracts,
  technicians,
  from,
  to,
  rangeError,
}: {
  orgSlug: string;
  groupBy: SlaReportGroup;
  customer: CustomerOption | null;
  contractId: string | null;
  technicianId: string | null;
  contracts: Option[] | null;
  technicians: Option[] | null;
  from: string;
  to: string;
  rangeError?: string;
}) {
  const t = useTranslations("reports");
  const { navigate, pending } = useReportNavigation({
    group: groupBy,
    customer: customer?.id,
    contract: contractId,
    technician: technicianId,
    from,
    to,
    page: null,
  });
  return (
    <form
      aria-busy={pending}
      className="grid gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3 lg:items-end xl:grid-cols-[repeat(4,minmax(9rem,1fr))_repeat(2,minmax(9rem,1fr))_auto] dark:border-zinc-800 dark:bg-zinc-900"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(readRange(event.currentTarget));
      }}
    >
      <Field label={t("slaReport.groupBy")}>
        <Select value={groupBy} onChange={(e) => navigate({ group: e.target.value })}>
          {SLA_REPORT_GROUPS.map((g) => (
            <option key={g} value={g}>
              {t(`slaReport.groups.${g}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("filters.customer")}>
        <CustomerPicker orgSlug={orgSlug} value={customer} onChange={(next) => navigate({ customer: next?.id })} />
      </Field>
      {contracts && (
        <Field label={t("slaReport.contract")}>
          <Select value={contractId ?? ""} onChange={(e) => navigate({ contract: e.target.value })}>
            <option value="">{t("slaReport.allContracts")}</option>
            {contracts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {technicians && (
        <Field label={t("slaReport.technician")}>
          <Select value={technicianId ?? ""} onChange={(e) => navigate({ technician: e.target.value })}>
            <option value="">{t("slaReport.allTechnicians")}</option>
            {technicians.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <DateRangeFields key={`${from}:${to}`} from={from} to={to} error={rangeError} />
      <Button type="submit" variant="secondary" pending={pending}>
        {t("filters.apply")}
      </Button>
      <p className="text-xs text-zinc-500 sm:col-span-2 lg:col-span-3 xl:col-span-7">{t("slaReport.rangeHint")}</p>
    </form>
  );
}
