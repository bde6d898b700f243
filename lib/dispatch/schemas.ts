import { z } from "zod";
import { optionalId } from "@/lib/customers/field-schemas";
import { calendarDate, instant } from "@/lib/fields/dates";

// Client-safe: the board's URL view and the plan action's input, shared by the board and the verbs.

/** The board shows one day or a week (Monday first, in the org's zone). */
export const BOARD_SPANS = ["day", "week"] as const;
export type BoardSpan = (typeof BOARD_SPANS)[number];

/** A planned slot without a length of its own lasts an hour. */
export const DEFAULT_PLAN_MINUTES = 60;
/** The board's grid: drops snap to half hours. */
export const SLOT_MINUTES = 30;
/** A plan longer than a working fortnight is a typo, not a visit. */
const MAX_PLAN_MINUTES = 14 * 24 * 60;

export const boardQuerySchema = z.object({
  date: calendarDate().optional(),
  span: z.enum(BOARD_SPANS).catch("week"),
  region: optionalId,
  department: optionalId,
  serviceType: optionalId,
});
export type BoardQuery = z.output<typeof boardQuerySchema>;

export const planRecordSchema = z.object({
  recordId: z.uuid({ error: "invalid" }),
  /** The version the board loaded: someone else's change in between is a conflict. */
  version: z.coerce.number().int().min(1),
  userId: z.uuid({ error: "required" }),
  /** Re-planning from another technician's row: they hand the record over to `userId`. */
  fromUserId: optionalId,
  startsAt: instant(),
  /** Minutes; missing: the record's current length, else an hour. */
  minutes: z.coerce.number().int().min(15).max(MAX_PLAN_MINUTES).optional(),
  /** The user saw the warnings and chose "Plan anyway". */
  acknowledge: z.boolean().default(false),
});
export type PlanRecordInput = z.input<typeof planRecordSchema>;
