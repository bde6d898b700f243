"use client";

import { useFormatter, useTranslations } from "next-intl";
import { formatPhone } from "@/components/customers/detail/format-phone";

type Change = { from: unknown; to: unknown };

// Stored values are raw (enum keys, ids, E.164 phones); these say how to show them.
const ENUM_LABELS = { status: "lifecycle", type: "customerTypes", preferredMethod: "contactMethods" } as const;
const ID_FIELDS = new Set(["parentId", "regionId", "salesRepId", "supportRepId"]);
const ID_LIST_FIELDS = new Set(["tagIds"]);
const PHONE_FIELDS = new Set(["phone", "workPhone"]);
/** Instants stored as ISO strings (time entries, check-in/out, planned windows). */
const INSTANT_FIELDS = new Set(["startedAt", "stoppedAt", "checkInAt", "checkOutAt", "plannedStart", "plannedEnd"]);

/** "Field: before → after" for each field an update changed (SPEC A1). */
export function ActivityChanges({ entity, changes, names }: { entity: string; changes: Record<string, Change>; names: Record<string, string> }) {
  const t = useTranslations("customer");
  const root = useTranslations();
  const format = useFormatter();
  const entries = Object.entries(changes);
  if (entries.length === 0) return null;

  // Where each entity's field names live in the catalogue; the first key that exists wins.
  const labelKeys = (field: string) =>
    entity === "service"
      ? [`service.list.columns.${field}`, `service.form.fields.${field}`, `timer.fields.${field}`]
      : [entity === "contact" ? `customer.contact.${field}` : `customer.fields.${field}`];
  const label = (field: string) => {
    const key = labelKeys(field).find((k) => root.has(k as never));
    return key ? root(key as never) : field;
  };

  const value = (field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === "" || (Array.isArray(raw) && raw.length === 0)) return t("feed.emptyValue");
    if (ID_LIST_FIELDS.has(field) && Array.isArray(raw)) return raw.map((id) => names[String(id)] ?? t("feed.changedValue")).join(", ");
    if (Array.isArray(raw)) return raw.join(", ");
    if (entity === "service" && field === "status") return root.has(`service.statuses.${String(raw)}` as never) ? root(`service.statuses.${String(raw)}` as never) : String(raw);
    if (INSTANT_FIELDS.has(field)) return format.dateTime(new Date(String(raw)), { dateStyle: "medium", timeStyle: "medium" });
    if (typeof raw === "boolean") return raw ? t("feed.yes") : t("feed.no");
    const text = String(raw);
    const namespace = ENUM_LABELS[field as keyof typeof ENUM_LABELS];
    if (namespace) return root.has(`${namespace}.${text}` as never) ? root(`${namespace}.${text}` as never) : text;
    // An id with no name known here (a former member, an archived region) is not worth a uuid.
    if (ID_FIELDS.has(field)) return names[text] ?? t("feed.changedValue");
    if (PHONE_FIELDS.has(field)) return formatPhone(text);
    return text;
  };

  return (
    <dl aria-label={t("feed.changes")} className="space-y-0.5 text-xs">
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
