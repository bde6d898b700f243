/** A civil date ("YYYY-MM-DD") for display: noon UTC formatted in UTC, so no zone moves the day. */
export function civilDateValue(date: string) {
  return new Date(`${date}T12:00:00Z`);
}

export const CIVIL_DATE_FORMAT = { dateStyle: "medium", timeZone: "UTC" } as const;
