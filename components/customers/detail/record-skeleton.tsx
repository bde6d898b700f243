import { getTranslations } from "next-intl/server";

const bar = "animate-pulse rounded bg-zinc-200 dark:bg-zinc-800";
const card = "rounded-lg border border-zinc-200 p-4 dark:border-zinc-800";

/**
 * In the shape of a customer record (header, two columns). The customers list's own skeleton would
 * otherwise show for every page below /customers while it loads.
 */
export async function RecordSkeleton() {
  const t = await getTranslations("customer");
  return (
    <div aria-busy="true">
      <span className="sr-only" role="status">
        {t("loading")}
      </span>
      <div aria-hidden>
        <div className="mb-6 space-y-2">
          <div className={`${bar} h-4 w-24`} />
          <div className={`${bar} h-6 w-64`} />
          <div className={`${bar} h-4 w-40`} />
        </div>
        <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div className={`${card} grid gap-4 sm:grid-cols-2`}>
            {Array.from({ length: 10 }, (_, i) => (
              <div key={i} className="space-y-1.5">
                <div className={`${bar} h-3 w-20`} />
                <div className={`${bar} h-4 w-32`} />
              </div>
            ))}
          </div>
          <div className={`${card} space-y-3`}>
            {Array.from({ length: 4 }, (_, i) => (
              <div key={i} className={`${bar} h-10 w-full`} />
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
