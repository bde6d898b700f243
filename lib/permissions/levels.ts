import { PERMISSION_LEVELS } from "@/db/schema/enum-values";

/** The one ordered list of permission levels (SPEC T3), the database enum's. Index order is the ranking. */
export const LEVELS = PERMISSION_LEVELS;
export type Level = (typeof LEVELS)[number];

export function rank(level: Level) {
  return LEVELS.indexOf(level);
}

export function atLeast(level: Level, minimum: Level) {
  return rank(level) >= rank(minimum);
}

export function isLevel(value: unknown): value is Level {
  return typeof value === "string" && (LEVELS as readonly string[]).includes(value);
}
