/**
 * `datetime-local` inputs hold a wall-clock time without a zone. The app reads and shows times in
 * the configured time zone (next-intl's), not the browser's, so both directions convert here: the
 * same on the server render and in the browser, and what the user reads in a list is what they
 * edit. The service form and the timer's entries share this module; the timer keeps seconds.
 */

function partsIn(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** Milliseconds the zone is ahead of UTC at `utcMillis`. */
function offsetAt(utcMillis: number, timeZone: string) {
  const p = partsIn(new Date(utcMillis), timeZone);
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return wall - Math.floor(utcMillis / 1000) * 1000;
}

/**
 * An ISO instant as the `datetime-local` value of its wall-clock time in `timeZone`:
 * "2026-03-02T09:15", or "2026-03-02T09:15:07" with `seconds`. Null gives "".
 */
export function toLocalInput(iso: string | null, timeZone: string, { seconds = false }: { seconds?: boolean } = {}) {
  if (!iso) return "";
  const p = partsIn(new Date(iso), timeZone);
  const minutes = `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
  return seconds ? `${minutes}:${p.second}` : minutes;
}

/**
 * A wall-clock time in `timeZone` ("2015-03-02T09:00", seconds optional) as an ISO instant; ""
 * when the value is empty or malformed.
 */
export function fromLocalInput(value: string, timeZone: string) {
  const m = value.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/);
  if (!m) return "";
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
  // Two passes: near a daylight-saving change the offset at the first guess may differ.
  let utc = wall - offsetAt(wall, timeZone);
  utc = wall - offsetAt(utc, timeZone);
  return new Date(utc).toISOString();
}

/**
 * The shared schema's resolver reads a `datetime-local` value in the browser's zone; this gives
 * back the wall-clock text that was typed, so `fromLocalInput` can place it in the app's zone.
 */
export function wallClockOf(date: Date | null) {
  if (!date) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
