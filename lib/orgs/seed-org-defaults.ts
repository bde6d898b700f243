import "server-only";
import type { Tx } from "@/db/client";
import { businessCalendars, picklistItems } from "@/db/schema";
import type { HolidayCountry, Weekday, WorkingSegment } from "@/lib/calendars/schemas";
import type { Locale } from "@/lib/i18n/locales";

// Issue 11: what every new org starts with beside its admin. Migration 0023 gives orgs created
// before it the same rows, from the same values (keep the two in step).

/** SPEC K1: the contract types of the seed's contract page, as `contract_type` picklist items. */
export const CONTRACT_TYPES = [
  { key: "sla", labels: { en: "SLA", tr: "SLA", ro: "SLA" } },
  { key: "ola", labels: { en: "OLA", tr: "OLA", ro: "OLA" } },
  { key: "maintenance", labels: { en: "Maintenance", tr: "Bakım", ro: "Mentenanță" } },
  { key: "sales", labels: { en: "Sales", tr: "Satış", ro: "Vânzare" } },
  { key: "order", labels: { en: "Order", tr: "Sipariş", ro: "Comandă" } },
] as const;

/** Issue 12 (SPEC K3): the service type of the records maintenance schedules create; migration 0028 adds it to older orgs. */
export const SCHEDULED_SERVICE_TYPE = {
  key: "scheduled_service",
  labels: { en: "Scheduled service", tr: "Planlı bakım", ro: "Programare service" },
} as const;

const WORKING_HOURS_NAME: Record<Locale, string> = { en: "Working hours", tr: "Çalışma saatleri", ro: "Program de lucru" };
const COUNTRY_BY_LOCALE: Record<Locale, HolidayCountry | null> = { en: null, tr: "TR", ro: "RO" };

/** Monday to Friday 09:00–18:00, the weekend off. */
export function officeWeek(): Record<Weekday, WorkingSegment[]> {
  const day = () => [{ start: "09:00", end: "18:00" }];
  return { mon: day(), tue: day(), wed: day(), thu: day(), fri: day(), sat: [], sun: [] };
}

export async function seedOrgDefaults(tx: Tx, org: { id: string; locale: Locale; timeZone: string }) {
  await tx
    .insert(picklistItems)
    .values(CONTRACT_TYPES.map((type, position) => ({ orgId: org.id, list: "contract_type", key: type.key, labels: type.labels, position })));
  await tx.insert(picklistItems).values({ orgId: org.id, list: "service_type", ...SCHEDULED_SERVICE_TYPE, position: 0 });
  await tx.insert(businessCalendars).values({
    orgId: org.id,
    name: WORKING_HOURS_NAME[org.locale],
    timeZone: org.timeZone,
    week: officeWeek(),
    holidays: [],
    country: COUNTRY_BY_LOCALE[org.locale],
    isDefault: true,
  });
}
