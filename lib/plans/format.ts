// Client-safe: how the ledger's minutes read. Pages put the parts into the catalogue's
// `plans.duration` ("{hours} h {minutes} min" in each language); the feed's summaries, stored as
// text, use the clock form the time-entry lines use ("+1:30").

/** Minutes as whole hours and the minutes left over, both of the absolute value, and the sign. */
export function splitMinutes(minutes: number) {
  const abs = Math.abs(minutes);
  return { negative: minutes < 0, hours: Math.floor(abs / 60), minutes: abs % 60 };
}

/** "H:MM"; `signed` puts + or − in front. */
export function formatLedgerMinutes(minutes: number, signed = false) {
  const { negative, hours, minutes: m } = splitMinutes(minutes);
  const sign = negative ? "−" : signed && minutes > 0 ? "+" : "";
  return `${sign}${hours}:${String(m).padStart(2, "0")}`;
}

/** Minutes back into what the plan form's hour fields take ("10", "7:30"); null is empty. */
export function hoursInput(minutes: number | null) {
  if (minutes === null) return "";
  const { hours, minutes: m } = splitMinutes(minutes);
  return m === 0 ? String(hours) : `${hours}:${String(m).padStart(2, "0")}`;
}
