"use client";

import { useTranslations } from "next-intl";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Select } from "@/components/ui/input";
import type { ActivityKind } from "@/lib/activity/kinds";

/** Filters live in the URL so a filtered feed can be bookmarked; changing one restarts from newest. */
export function ActivityFilters({
  members,
  kinds,
  customerName,
}: {
  members: { id: string; name: string }[];
  kinds: readonly ActivityKind[];
  customerName?: string;
}) {
  const t = useTranslations("activitiesPage");
  // The feed's sentence fragments ("added a note") read wrongly alone; the filter has its own labels.
  const kindLabels = useTranslations("activityKindLabels");
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete("before");
    router.replace(`${pathname}${next.size ? `?${next}` : ""}`);
  };
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2">
      <Select aria-label={t("user")} className="h-8 w-auto" value={params.get("user") ?? ""} onChange={(e) => set("user", e.target.value)}>
        <option value="">{t("allUsers")}</option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </Select>
      <Select aria-label={t("kind")} className="h-8 w-auto" value={params.get("kind") ?? ""} onChange={(e) => set("kind", e.target.value)}>
        <option value="">{t("allKinds")}</option>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {kindLabels(k)}
          </option>
        ))}
      </Select>
      {customerName && (
        <button
          type="button"
          className="inline-flex h-8 items-center gap-1 rounded-md border border-zinc-300 px-2 text-sm hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
          onClick={() => set("customer", null)}
          aria-label={t("clearCustomer", { name: customerName })}
        >
          {customerName} ×
        </button>
      )}
    </div>
  );
}
