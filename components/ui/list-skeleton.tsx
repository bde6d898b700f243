const bar = "animate-pulse rounded bg-zinc-200 dark:bg-zinc-800";

/**
 * A loading placeholder in the shape of a list page: header (title, subtitle, optional action),
 * toolbar, dense rows. Sizes are Tailwind classes so each list keeps its own silhouette; the label
 * is the only thing a screen reader hears.
 */
export function ListSkeleton({
  label,
  header,
  toolbar,
  columns,
  rows = 10,
}: {
  /** Announced as the status while the page loads. */
  label: string;
  /** Bar sizes: title, subtitle and, when the page has a primary button, its action. */
  header: { title: string; subtitle: string; action?: string };
  /** Bar sizes of the toolbar controls, in order. */
  toolbar: string[];
  /** Bar sizes (and responsive visibility) of each row's cells, in order. */
  columns: string[];
  rows?: number;
}) {
  const heading = (
    <>
      <div className={`${bar} ${header.title}`} />
      <div className={`${bar} ${header.subtitle}`} />
    </>
  );
  return (
    <div aria-busy="true">
      <span className="sr-only" role="status">
        {label}
      </span>
      {header.action ? (
        <div className="mb-6 flex items-end justify-between gap-3" aria-hidden>
          <div className="space-y-2">{heading}</div>
          <div className={`${bar} ${header.action}`} />
        </div>
      ) : (
        <div className="mb-6 space-y-2" aria-hidden>
          {heading}
        </div>
      )}
      <div className="mb-3 flex flex-wrap gap-2" aria-hidden>
        {toolbar.map((size, i) => (
          <div key={i} className={`${bar} ${size}`} />
        ))}
      </div>
      <div className="overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-800" aria-hidden>
        <div className="h-9 border-b border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900" />
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="flex items-center gap-6 border-b border-zinc-100 px-3 py-2.5 last:border-0 dark:border-zinc-800/60">
            {columns.map((size, j) => (
              <div key={j} className={`${bar} ${size}`} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
