"use client";

import { useFormatter, useTranslations } from "next-intl";
import { formatPhone } from "@/lib/fields/format-phone";
import { formatLedgerMinutes } from "@/lib/plans/format";

type Change = { from: unknown; to: unknown };

// Stored values are raw (enum keys, ids, E.164 phones); these say how to show them.
type EnumField = "status" | "type" | "preferredMethod";
const ID_FIELDS = new Set(["parentId", "regionId", "salesRepId", "supportRepId", "customerId", "typeId", "contractId"]);
const ID_LIST_FIELDS = new Set(["tagIds", "technicianIds", "serviceTypeIds"]);
/** A plan's hours are stored as minutes; the feed shows them the way the ledger does ("7:30"). */
const PLAN_MINUTE_FIELDS = new Set(["includedMinutes", "weeklyMaxMinutes", "carryCapMinutes"]);
type PlanEnumField = "billingMethod" | "billingPeriod" | "overtimeBehaviour";
const PHONE_FIELDS = new Set(["phone", "workPhone"]);
/** Instants stored as ISO strings (time entries, check-in/out, planned windows). */
const INSTANT_FIELDS = new Set(["startedAt", "stoppedAt", "checkInAt", "checkOutAt", "plannedStart", "plannedEnd"]);

/** Translates `key` when the namespace has it (stored keys may predate the catalogue). */
type Translate = { (key: never): string; has(key: never): boolean };
const lookup = (translate: Translate, key: string) => (translate.has(key as never) ? translate(key as never) : undefined);

/** "Field: before → after" for each field an update changed (SPEC A1). */
export function ActivityChanges({ entity, changes, names }: { entity: string; changes: Record<string, Change>; names: Record<string, string> }) {
  const t = useTranslations("customer.feed");
  // Each namespace by its literal name, so the client-namespace check sees what this component reads.
  const serviceColumns = useTranslations("service.list.columns");
  const serviceFields = useTranslations("service.form.fields");
  const timerFields = useTranslations("timer.fields");
  const customerFields = useTranslations("customer.fields");
  const contactFields = useTranslations("customer.contact");
  const contractFields = useTranslations("contracts.fields");
  const serviceStatuses = useTranslations("service.statuses");
  const workStatuses = useTranslations("tasks.statuses");
  const planFields = useTranslations("plans.changes");
  const scheduleFields = useTranslations("schedules.changes");
  const schedulePolicies = useTranslations("schedules.fields.policies");
  const planEnums: Record<PlanEnumField, Translate> = {
    billingMethod: useTranslations("plans.methods"),
    billingPeriod: useTranslations("plans.periods"),
    overtimeBehaviour: useTranslations("plans.overtime"),
  };
  const enumLabels: Record<EnumField, Translate> = {
    status: useTranslations("lifecycle"),
    type: useTranslations("customerTypes"),
    preferredMethod: useTranslations("contactMethods"),
  };
  const format = useFormatter();
  const entries = Object.entries(changes);
  if (entries.length === 0) return null;

  // Where each entity's field names live in the catalogue; the first that has the field wins.
  const fieldLabels: Translate[] =
    entity === "service"
      ? [serviceColumns, serviceFields, timerFields]
      : [
          entity === "contact"
            ? contactFields
            : entity === "contract"
              ? contractFields
              : entity === "plan"
                ? planFields
                : entity === "schedule"
                  ? scheduleFields
                  : customerFields,
        ];
  const label = (field: string) => fieldLabels.map((translate) => lookup(translate, field)).find((text) => text !== undefined) ?? field;

  const value = (field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === "" || (Array.isArray(raw) && raw.length === 0)) return t("emptyValue");
    if (ID_LIST_FIELDS.has(field) && Array.isArray(raw)) return raw.map((id) => names[String(id)] ?? t("changedValue")).join(", ");
    if (Array.isArray(raw)) return raw.join(", ");
    if (entity === "service" && field === "status") return lookup(serviceStatuses, String(raw)) ?? String(raw);
    if ((entity === "task" || entity === "issue") && field === "status") return lookup(workStatuses, String(raw)) ?? String(raw);
    if (entity === "plan" && PLAN_MINUTE_FIELDS.has(field) && typeof raw === "number") return formatLedgerMinutes(raw);
    if (entity === "plan" && Object.hasOwn(planEnums, field)) return lookup(planEnums[field as PlanEnumField], String(raw)) ?? String(raw);
    if (entity === "schedule" && field === "catchUpPolicy") return lookup(schedulePolicies, String(raw)) ?? String(raw);
    if (INSTANT_FIELDS.has(field)) return format.dateTime(new Date(String(raw)), { dateStyle: "medium", timeStyle: "medium" });
    if (typeof raw === "boolean") return raw ? t("yes") : t("no");
    const text = String(raw);
    const enumLabel = Object.hasOwn(enumLabels, field) ? enumLabels[field as EnumField] : undefined;
    if (enumLabel) return lookup(enumLabel, text) ?? text;
    // An id with no name known here (a former member, an archived region) is not worth a uuid.
    if (ID_FIELDS.has(field)) return names[text] ?? t("changedValue");
    if (PHONE_FIELDS.has(field)) return formatPhone(text);
    return text;
  };

  return (
    <dl aria-label={t("changes")} className="space-y-0.5 text-xs">
      {entries.map(([field, change]) => (
        <div key={field} className="flex flex-wrap gap-x-1.5">
          <dt className="text-zinc-500">{label(field)}:</dt>
          <dd className="min-w-0 break-words">
            <span className="text-zinc-500 line-through decoration-zinc-400/60">{value(field, change.from)}</span>
            {" → "}
            <span className="font-medium">{value(field, change.to)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
