/**
 * datetime-local inputs speak wall-clock time without a zone. The app shows times in the
 * configured time zone (next-intl's timeZone), so the inputs use that same zone — not the
 * browser's — and what the user reads in the list is what they edit.
 */
function wallParts(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-GB", {
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

/** "2026-03-02T09:15:07" in `timeZone`, for an input's value. */
export function toWallTime(iso: string, timeZone: string) {
  const p = wallParts(new Date(iso), timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

function offsetAt(utcMillis: number, timeZone: string) {
  const p = wallParts(new Date(utcMillis), timeZone);
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return asUtc - Math.floor(utcMillis / 1000) * 1000;
}

/** The instant an input's wall time names in `timeZone`, as ISO; "" when the input is empty or malformed. */
export function fromWallTime(value: string, timeZone: string) {
  const m = value.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/);
  if (!m) return "";
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
  // Two passes settle the offset across a daylight-saving change.
  let utc = wall - offsetAt(wall, timeZone);
  utc = wall - offsetAt(utc, timeZone);
  return new Date(utc).toISOString();
}
