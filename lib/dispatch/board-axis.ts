import { TZDate } from "@date-fns/tz";
import { instantAt, parseCivilDate } from "@/lib/calendars/civil-date";
import { SLOT_MINUTES } from "./schemas";

// Client-safe and pure: where things sit on the board's time axis. The axis is the visible days
// side by side, each from the working day's first to its last hour (load-board.ts `hours`); every
// day's bounds are instants of the org's zone, so a DST change shortens or lengthens nothing drawn.

export type AxisHours = { startMinute: number; endMinute: number };
/** A piece of a card on the axis, as fractions (0–1) of the whole axis width. */
export type AxisSegment = { left: number; width: number };

/** Each visible day's drawn hours as instants of the org's zone; computed once per view. */
export function axisDays(days: readonly string[], hours: AxisHours, timeZone: string) {
  return days.map((day) => {
    const civil = parseCivilDate(day);
    return {
      day,
      from: instantAt(civil, hours.startMinute, timeZone),
      to: instantAt(civil, hours.endMinute, timeZone),
      midnight: instantAt(civil, 0, timeZone),
      nextMidnight: instantAt(civil, 24 * 60, timeZone),
    };
  });
}
export type AxisDay = ReturnType<typeof axisDays>[number];

/** How far into a day's column a slot wholly outside the drawn hours is pinned (its early or late edge). */
const EDGE = 0.015;

/**
 * The part of [start, end) the axis shows, one segment per visible day it touches (a visit in the
 * evening to the next morning is two pieces). A visit on a day but wholly outside the drawn hours
 * (planned anyway, at 07:00) is pinned to that day's early or late edge with no width, so nothing
 * planned is ever invisible on the board.
 */
export function segmentsOnAxis(start: string, end: string, axis: readonly AxisDay[]): AxisSegment[] {
  const s = new Date(start).getTime();
  const e = new Date(end).getTime();
  const out: AxisSegment[] = [];
  axis.forEach(({ from, to, midnight, nextMidnight }, i) => {
    const a = Math.max(s, from);
    const b = Math.min(e, to);
    if (b > a) out.push({ left: (i + (a - from) / (to - from)) / axis.length, width: (b - a) / (to - from) / axis.length });
    else if (s < nextMidnight && e > midnight) out.push({ left: (i + (e <= from ? 0 : 1 - EDGE)) / axis.length, width: 0 });
  });
  return out;
}

/**
 * The slot under a point of the axis (a fraction of its width, 0–1): its day and start, snapped
 * down to SLOT_MINUTES, and the instant that is in the org's zone.
 */
export function slotAt(fraction: number, days: readonly string[], hours: AxisHours, timeZone: string) {
  const clamped = Math.min(Math.max(fraction, 0), 0.999_999) * days.length;
  const index = Math.floor(clamped);
  const span = hours.endMinute - hours.startMinute;
  const lastSlot = hours.endMinute - SLOT_MINUTES;
  const minute = Math.min(hours.startMinute + Math.floor(((clamped - index) * span) / SLOT_MINUTES) * SLOT_MINUTES, lastSlot);
  const day = days[index]!;
  return { day, minute, startsAt: new Date(instantAt(parseCivilDate(day), minute, timeZone)).toISOString() };
}

/** "HH:MM" of a minute of the day. */
export function wallTime(minute: number) {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/** The wall-clock date ("YYYY-MM-DD") and time ("HH:MM") of an instant in the org's zone: the Plan dialog's fields. */
export function wallDateTime(at: string, timeZone: string) {
  const local = new TZDate(new Date(at).getTime(), timeZone);
  const date = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, "0")}-${String(local.getDate()).padStart(2, "0")}`;
  return { date, time: wallTime(local.getHours() * 60 + local.getMinutes()) };
}

/** The instant of a wall date and "HH:MM" in the org's zone (the Plan dialog's answer). */
export function instantOfWall(date: string, time: string, timeZone: string) {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return new Date(instantAt(parseCivilDate(date), h * 60 + m, timeZone)).toISOString();
}

/**
 * Lanes for overlapping cards in one row: each item goes to the first lane free at its start.
 * Returns each item's lane and how many lanes the row needs.
 */
export function stackInLanes<T extends { start: string; end: string }>(items: readonly T[]) {
  const ends: number[] = [];
  const placed = [...items]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((item) => {
      const s = new Date(item.start).getTime();
      let lane = ends.findIndex((end) => end <= s);
      if (lane === -1) lane = ends.length;
      ends[lane] = new Date(item.end).getTime();
      return { item, lane };
    });
  return { placed, lanes: Math.max(ends.length, 1) };
}
