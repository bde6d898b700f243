import type { ClashView } from "@/lib/appointments/clash-answer";

// Client-safe: what planning answers. Warnings never refuse: nothing is saved until the user
// acknowledges them ("Plan anyway"), like an appointment's clash answer.

export type PlanWarnings = {
  /** The technician is already booked over the slot (appointments, other records' windows). */
  clashes: ClashView[];
  /** Some of the slot lies outside the org calendar's working hours (or on a day off). */
  outsideHours: boolean;
  /** The customer has authorised technicians and this one is not among them. */
  notAuthorised: boolean;
  /** The slot ends after the record's SLA resolution deadline (ISO), else null. */
  afterSla: string | null;
};

export type PlannedRecord = { id: string; version: number; plannedStart: string; plannedEnd: string };

export type PlanAnswer = { status: "planned"; value: PlannedRecord } | { status: "warnings"; warnings: PlanWarnings };

export function hasWarnings(w: PlanWarnings) {
  return w.clashes.length > 0 || w.outsideHours || w.notAuthorised || w.afterSla !== null;
}
