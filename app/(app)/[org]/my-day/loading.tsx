import { getTranslations } from "next-intl/server";

const bar = "animate-pulse rounded bg-zinc-200 dark:bg-zinc-800";

/** Skeleton in the shape of My day: the title with the day buttons, then a few visit cards. */
export default async function Loading() {
  const t = await getTranslations("myDay");
  return (
    <div className="mx-auto max-w-2xl" aria-busy="true">
      <span className="sr-only" role="status">
        {t("loading")}
      </span>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-3" aria-hidden>
        <div className="space-y-2">
          <div className={`${bar} h-6 w-28`} />
          <div className={`${bar} h-4 w-48`} />
        </div>
        <div className={`${bar} h-8 w-32`} />
      </div>
      <div className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800" aria-hidden>
        {Array.from({ length: 3 }, (_, i) => (
          <div key={i} className="space-y-2.5 px-4 py-3">
            <div className={`${bar} h-4 w-32`} />
            <div className={`${bar} h-5 w-64 max-w-full`} />
            <div className={`${bar} h-4 w-48 max-w-full`} />
            <div className={`${bar} h-12 w-36`} />
          </div>
        ))}
      </div>
    </div>
  );
}
