/**
 * Durations as people read them on a timesheet. Client-safe: the server writes the same text into
 * activity summaries that the timer shows, so "#1042 00:12:05" in the feed matches the screen.
 */
function pad(n: number) {
  return String(n).padStart(2, "0");
}

/** hh:mm:ss with hours growing past 99 (a month of work is still one number, never wrapped). */
export function formatDuration(totalSeconds: number) {
  const s = Math.max(0, Math.floor(totalSeconds));
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** A ticking clock: mm:ss in the first hour, h:mm:ss after. */
export function formatClock(totalSeconds: number) {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const rest = `${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
  return h > 0 ? `${h}:${rest}` : rest;
}

/** Whole seconds between two instants given as ISO strings or dates. */
export function secondsBetween(start: string | Date, stop: string | Date) {
  return Math.max(0, Math.floor((new Date(stop).getTime() - new Date(start).getTime()) / 1000));
}
