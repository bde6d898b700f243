/**
 * `datetime-local` inputs hold a wall-clock time without a zone. The app reads and shows times in
 * the configured time zone (next-intl's), not the browser's, so both directions convert here:
 * the same on the server render and in the browser.
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

/** Milliseconds the zone is ahead of UTC at `date`. */
function offsetAt(date: Date, timeZone: string) {
  const p = partsIn(date, timeZone);
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return wall - Math.floor(date.getTime() / 1000) * 1000;
}

/** An ISO instant as the `datetime-local` value of its wall-clock time in `timeZone`. */
export function toLocalInput(iso: string | null, timeZone: string) {
  if (!iso) return "";
  const p = partsIn(new Date(iso), timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** A wall-clock time in `timeZone` ("2015-03-02T09:00") as an ISO instant; "" stays "". */
export function fromLocalInput(value: string, timeZone: string) {
  if (!value) return "";
  const asUtc = new Date(`${value}Z`);
  if (Number.isNaN(asUtc.getTime())) return value;
  const first = new Date(asUtc.getTime() - offsetAt(asUtc, timeZone));
  // Near a daylight-saving change the offset at the guess may differ from the first estimate.
  const second = new Date(asUtc.getTime() - offsetAt(first, timeZone));
  return second.toISOString();
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
