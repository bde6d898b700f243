"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { DateRangeFields, readRange } from "./date-range-fields";
import { useReportNavigation } from "./use-report-navigation";

/**
 * Report 2's filters. `users` is null for people who may only see their own report: then there is
 * no user to choose and the URL never names one.
 */
export function UserReportFilters({
  users,
  userId,
  from,
  to,
  rangeError,
}: {
  users: { id: string; name: string }[] | null;
  userId: string | null;
  from: string;
  to: string;
  rangeError?: string;
}) {
  const t = useTranslations("reports.filters");
  const { navigate, pending } = useReportNavigation({ user: userId, from, to });
  return (
    <form
      aria-busy={pending}
      className="grid gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[minmax(14rem,2fr)_repeat(2,minmax(9rem,1fr))_auto] lg:items-end dark:border-zinc-800 dark:bg-zinc-900"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(readRange(event.currentTarget));
      }}
    >
      {users ? (
        <Field label={t("user")}>
          <Select value={userId ?? ""} onChange={(e) => navigate({ user: e.target.value })}>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <div className="hidden lg:block" />
      )}
      <DateRangeFields key={`${from}:${to}`} from={from} to={to} error={rangeError} />
      <Button type="submit" variant="secondary" pending={pending}>
        {t("apply")}
      </Button>
      <p className="text-xs text-zinc-500 sm:col-span-2 lg:col-span-4">{t("rangeHint")}</p>
    </form>
  );
}
