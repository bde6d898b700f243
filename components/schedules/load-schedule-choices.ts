import "server-only";
import { listBusinessCalendars } from "@/lib/calendars/list-business-calendars";
import type { OrgContext } from "@/lib/context";
import { listCustomerContracts } from "@/lib/contracts/list-customer-contracts";
import type { Locale } from "@/lib/i18n/locales";
import { listPicklist } from "@/lib/picklists/list-picklist";
import { listAssigneeOptions } from "@/lib/service/list-assignee-options";
import type { ScheduleChoices } from "./schedule-form";

/** What the schedule form picks from, labelled in `locale`; `customerId`: the customer whose contracts it offers. */
export async function loadScheduleChoices(
  ctx: OrgContext,
  locale: Locale,
  customerId: string | null,
): Promise<ScheduleChoices & { scheduledTypeId: string }> {
  const [types, calendars, technicians, contracts] = await Promise.all([
    listPicklist(ctx, "service_type", locale),
    listBusinessCalendars(ctx),
    listAssigneeOptions(ctx, { customerId }),
    customerId ? listCustomerContracts(ctx, { customerId }, locale) : null,
  ]);
  return {
    serviceTypes: types.map(({ id, label }) => ({ id, label })),
    // "Scheduled service" (seeded for every org) unless the org archived it.
    scheduledTypeId: types.find((type) => type.key === "scheduled_service")?.id ?? types[0]?.id ?? "",
    calendars: calendars.map(({ id, name }) => ({ id, name })),
    technicians: technicians.map(({ id, name }) => ({ id, name })),
    contracts: contracts?.rows.map(({ id, name }) => ({ id, name })) ?? [],
  };
}
