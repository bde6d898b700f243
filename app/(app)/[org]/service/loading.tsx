import { getTranslations } from "next-intl/server";

const bar = "animate-pulse rounded bg-zinc-200 dark:bg-zinc-800";

/** Skeleton in the shape of the Service list: header, filters, dense rows. */
export default async function Loading() {
  const t = await getTranslations("service.list");
  return (
    <div aria-busy="true">
      <span className="sr-only" role="status">
        {t("loading")}
      </span>
      <div className="mb-6 flex items-end justify-between gap-3" aria-hidden>
        <div className="space-y-2">
          <div className={`${bar} h-6 w-40`} />
          <div className={`${bar} h-4 w-24`} />
        </div>
        <div className={`${bar} h-8 w-40`} />
      </div>
      <div className="mb-3 flex flex-wrap gap-2" aria-hidden>
        <div className={`${bar} h-8 w-20`} />
        <div className={`${bar} h-8 w-28`} />
        <div className={`${bar} h-8 w-28`} />
        <div className={`${bar} h-8 w-full sm:w-60`} />
      </div>
      <div className="overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-800" aria-hidden>
        <div className="h-9 border-b border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900" />
        {Array.from({ length: 10 }, (_, i) => (
          <div key={i} className="flex items-center gap-6 border-b border-zinc-100 px-3 py-2.5 last:border-0 dark:border-zinc-800/60">
            <div className={`${bar} h-3.5 w-10`} />
            <div className={`${bar} h-3.5 w-48`} />
            <div className={`${bar} hidden h-3.5 w-32 sm:block`} />
            <div className={`${bar} h-3.5 w-20`} />
            <div className={`${bar} hidden h-3.5 w-28 md:block`} />
          </div>
        ))}
      </div>
    </div>
  );
}
