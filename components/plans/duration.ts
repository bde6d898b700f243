import { splitMinutes } from "@/lib/plans/format";

/** Ledger minutes in the catalogue's words ("3 h 45 min", "3 sa 45 dk"); a − in front when negative. */
export function planDuration(t: (key: "duration", values: { hours: number; minutes: number }) => string, minutes: number) {
  const { negative, hours, minutes: m } = splitMinutes(minutes);
  return `${negative ? "−" : ""}${t("duration", { hours, minutes: m })}`;
}
