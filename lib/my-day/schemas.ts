import { z } from "zod";
import { calendarDate } from "@/lib/fields/dates";

// Client-safe: My day's URL (`?date=YYYY-MM-DD`), parsed by the verb.

export const myDayQuerySchema = z.object({
  /** A day in the org's zone; missing or mistyped in the URL: today. */
  date: calendarDate().optional().catch(undefined),
});
