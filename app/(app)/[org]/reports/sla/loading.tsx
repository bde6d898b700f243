import { getTranslations } from "next-intl/server";

/** While the report replays its records' clocks. */
export default async function Loading() {
  const t = await getTranslations("reports");
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{t("loading")}</span>
      <div className="h-24 animate-pulse rounded-lg bg-zinc-100 dark:bg-zinc-800" />
      <div className="h-60 animate-pulse rounded-lg bg-zinc-100 dark:bg-zinc-800" />
    </div>
  );
}
