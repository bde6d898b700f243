/**
 * Durations, one format app-wide: the timer, the activity feed, the reports, their CSV export and
 * the customer's service report all read h:mm:ss. Client-safe: the server writes the same text into
 * activity summaries that the timer shows, so "#1042 0:12:05" in the feed matches the screen.
 */
function pad(n: number) {
  return String(n).padStart(2, "0");
}

/** Seconds as h:mm:ss. Hours do not wrap at 24: a report's total of 27 hours reads "27:00:00". */
export function formatDuration(totalSeconds: number) {
  const s = Math.max(0, Math.floor(totalSeconds));
  return `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** A ticking clock: mm:ss in the first hour, then the same h:mm:ss as every other duration. */
export function formatClock(totalSeconds: number) {
  const s = Math.max(0, Math.floor(totalSeconds));
  return s < 3600 ? `${pad(Math.floor(s / 60))}:${pad(s % 60)}` : formatDuration(s);
}

/** Whole seconds between two instants given as ISO strings or dates. */
export function secondsBetween(start: string | Date, stop: string | Date) {
  return Math.max(0, Math.floor((new Date(stop).getTime() - new Date(start).getTime()) / 1000));
}
