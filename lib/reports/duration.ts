/**
 * Seconds as h:mm:ss. Hours do not wrap at 24: a report's total of 27 hours reads "27:00:00".
 * Client-safe: pages, charts and the CSV export all format durations the same way.
 */
export function formatDuration(totalSeconds: number) {
  const seconds = Math.max(0, Math.trunc(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}
