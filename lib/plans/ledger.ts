import type { PlanBillingMethod, PlanBillingPeriod, PlanLedgerKind, PlanOvertimeBehaviour } from "@/db/schema/enum-values";
import { addCivilDays, civilDateOf, formatCivilDate, isoWeekday, parseCivilDate } from "@/lib/calendars/civil-date";

// Client-safe and pure: the arithmetic of a service plan's hours ledger (issue 12 item 2). The
// verbs read rows and sources, ask this module what to write, and write it; the pages ask it for
// the totals. Dates are civil "YYYY-MM-DD" strings in the org's time zone (they compare as text);
// durations are whole minutes.

/** The plan fields the arithmetic reads (a `service_plans` row has them all). */
export type PlanTerms = {
  billingMethod: PlanBillingMethod;
  billingPeriod: PlanBillingPeriod;
  firstPeriodStart: string;
  includedMinutes: number;
  roundingMinutes: number;
  minimumMinutes: number;
  carryForward: boolean;
  carryCapMinutes: number | null;
  carryExpiryPeriods: number | null;
  overtimeBehaviour: PlanOvertimeBehaviour;
  weeklyMaxMinutes: number | null;
  fixedAmount: string | null;
  hourlyRate: string | null;
  overtimeRate: string | null;
};

export type Period = { start: string; end: string };

const MONTHS: Record<PlanBillingPeriod, number> = { monthly: 1, quarterly: 3, yearly: 12 };

/** `months` calendar months after `date`; a day past the target month's end is its last day (31 Jan + 1 → 28/29 Feb). */
function addMonths(date: string, months: number): string {
  const { year, month, day } = parseCivilDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return formatCivilDate({ year: y, month: m, day: Math.min(day, last) });
}

function dayBefore(date: string) {
  return formatCivilDate(addCivilDays(parseCivilDate(date), -1));
}

/** The k-th period (k = 0 is the first): every start is counted from the first, so a short month never drifts later ones. */
export function nthPeriod(terms: Pick<PlanTerms, "billingPeriod" | "firstPeriodStart">, k: number): Period {
  const months = MONTHS[terms.billingPeriod];
  const start = addMonths(terms.firstPeriodStart, k * months);
  return { start, end: dayBefore(addMonths(terms.firstPeriodStart, (k + 1) * months)) };
}

/** The period a day falls in, or null before the plan's first period. */
export function periodOf(terms: Pick<PlanTerms, "billingPeriod" | "firstPeriodStart">, date: string): Period | null {
  if (date < terms.firstPeriodStart) return null;
  const first = parseCivilDate(terms.firstPeriodStart);
  const day = parseCivilDate(date);
  let k = Math.floor(((day.year - first.year) * 12 + (day.month - first.month)) / MONTHS[terms.billingPeriod]);
  // The month estimate can be one period late when the day of month is before the anchor's.
  for (;;) {
    const p = nthPeriod(terms, k);
    if (date < p.start) k -= 1;
    else if (date > p.end) k += 1;
    else return p;
  }
}

/** The period after `period`. */
export function periodAfter(terms: Pick<PlanTerms, "billingPeriod" | "firstPeriodStart">, period: Period): Period {
  return periodOf(terms, formatCivilDate(addCivilDays(parseCivilDate(period.end), 1)))!;
}

/** The civil day an instant falls on in the org's zone: the day a run of work counts on. */
export function workDateOf(at: Date, timeZone: string) {
  return formatCivilDate(civilDateOf(at, timeZone));
}

/**
 * A visit's billable minutes: rounded UP to the increment, then at least the minimum per visit.
 * No time is no visit (0), so an entry removed to nothing leaves no minimum behind.
 */
export function roundVisit(rawMinutes: number, terms: Pick<PlanTerms, "roundingMinutes" | "minimumMinutes">) {
  if (rawMinutes <= 0) return 0;
  const step = terms.roundingMinutes;
  const rounded = step > 0 ? Math.ceil(rawMinutes / step) * step : rawMinutes;
  return Math.max(rounded, terms.minimumMinutes);
}

/** A stopped time entry as the ledger reads it. */
export type WorkEntry = { id: string; recordId: string; userId: string; startedAt: Date; stoppedAt: Date };

/**
 * One visit = one technician's work on one record on one civil day (the day each entry starts, in
 * the org's zone). Its raw minutes are the entries' seconds summed, then whole minutes rounded up:
 * rounding and the minimum apply once per visit, not per timer run, so pausing and resuming the
 * timer during a visit never bills an extra increment.
 */
export type Visit = { recordId: string; technicianId: string; workDate: string; rawMinutes: number; entryIds: string[] };

export function visitKey(v: { recordId: string; technicianId: string | null; workDate: string | null }) {
  return `${v.recordId}|${v.technicianId ?? ""}|${v.workDate ?? ""}`;
}

export function visitsOf(entries: WorkEntry[], timeZone: string): Visit[] {
  const seconds = new Map<string, { visit: Visit; seconds: number }>();
  for (const e of entries) {
    const workDate = workDateOf(e.startedAt, timeZone);
    const key = visitKey({ recordId: e.recordId, technicianId: e.userId, workDate });
    const slot = seconds.get(key) ?? { visit: { recordId: e.recordId, technicianId: e.userId, workDate, rawMinutes: 0, entryIds: [] }, seconds: 0 };
    slot.seconds += Math.max(0, Math.round((e.stoppedAt.getTime() - e.startedAt.getTime()) / 1000));
    slot.visit.entryIds.push(e.id);
    seconds.set(key, slot);
  }
  return [...seconds.values()].map(({ visit, seconds: s }) => ({ ...visit, rawMinutes: Math.ceil(s / 60) }));
}

/**
 * Where a change to a visit's minutes lands: in the period of its work date while that period is
 * open (consumption); when that period is closed (invoiced), as an adjustment in the open period
 * of `today` — the closed one stays as it was billed. Work before the plan's first period draws on
 * nothing (null).
 */
export function placeChange(
  terms: Pick<PlanTerms, "billingPeriod" | "firstPeriodStart">,
  workDate: string,
  today: string,
  closedStarts: ReadonlySet<string>,
): { periodStart: string; kind: "consumption" | "adjustment" } | null {
  const own = periodOf(terms, workDate);
  if (!own) return null;
  if (!closedStarts.has(own.start)) return { periodStart: own.start, kind: "consumption" };
  // The open period of today; if today's is closed too (closed early), the first open one after it.
  let p = periodOf(terms, today < own.start ? own.start : today)!;
  while (closedStarts.has(p.start)) p = periodAfter(terms, p);
  return { periodStart: p.start, kind: "adjustment" };
}

/** The ledger row fields the totals read. */
export type LedgerLine = {
  kind: PlanLedgerKind;
  minutes: number;
  amount: string | null;
  recordId: string | null;
  technicianId: string | null;
  workDate: string | null;
};

export type PeriodTotals = {
  included: number;
  carriedIn: number;
  /** Consumption and technician additions, plus corrections of closed periods' work that used more. */
  used: number;
  /** Manual adjustments and corrections, signed as they change the balance (+ gives hours back). */
  adjusted: number;
  expired: number;
  /** What is left to use: never below zero; the part used beyond it is overage. */
  remaining: number;
  overageMinutes: number;
  /** At the overtime rate (the hourly rate if none), or nothing when overtime is allowed free of charge. */
  overageCost: number;
  extraCost: number;
  /** Overtime behaviour "warn and require a Manage override" with overage: closing needs the override. */
  needsOverride: boolean;
};

function rate(value: string | null) {
  return value ? Number(value) : 0;
}

/** Money to two decimals, computed in cents so sums of rows never drift. */
function money(minutes: number, perHour: number) {
  return Math.round((minutes * perHour * 100) / 60) / 100;
}

/** The totals of one period, from its rows only: each figure is a sum of rows the page lists. */
export function periodTotals(rows: LedgerLine[], terms: Pick<PlanTerms, "overtimeBehaviour" | "overtimeRate" | "hourlyRate">): PeriodTotals {
  let included = 0;
  let carriedIn = 0;
  let used = 0;
  let adjusted = 0;
  let expired = 0;
  let billedOverage = 0;
  let billedCost = 0;
  let extraCost = 0;
  for (const r of rows) {
    if (r.kind === "grant") included += r.minutes;
    else if (r.kind === "carry_in") carriedIn += r.minutes;
    else if (r.kind === "consumption" || r.kind === "addition") used -= r.minutes;
    else if (r.kind === "adjustment") adjusted += r.minutes;
    else if (r.kind === "expiry") expired -= r.minutes;
    else if (r.kind === "overage") {
      billedOverage += r.minutes;
      billedCost += rate(r.amount);
    } else if (r.kind === "extra_cost") extraCost += rate(r.amount);
  }
  const balance = included + carriedIn - used + adjusted - expired;
  const open = Math.max(0, -(balance + billedOverage));
  const overageMinutes = billedOverage + open;
  return {
    included,
    carriedIn,
    used,
    adjusted,
    expired,
    remaining: Math.max(0, balance),
    overageMinutes,
    overageCost: Math.round((billedCost + money(open, overtimePerHour(terms))) * 100) / 100,
    extraCost: Math.round(extraCost * 100) / 100,
    needsOverride: terms.overtimeBehaviour === "require_override" && open > 0,
  };
}

/** The rate overage is billed at: the overtime rate (the hourly rate if none); nothing when overtime is free. */
function overtimePerHour(terms: Pick<PlanTerms, "overtimeBehaviour" | "overtimeRate" | "hourlyRate">) {
  return terms.overtimeBehaviour === "allow_free" ? 0 : rate(terms.overtimeRate) || rate(terms.hourlyRate);
}

/** One period's rows, in the plan's period order, for the replay below. */
export type PeriodHistory = { start: string; rows: LedgerLine[] };

type Bucket = { age: number; minutes: number };

const sum = (rows: LedgerLine[], pick: (r: LedgerLine) => boolean) => rows.filter(pick).reduce((s, r) => s + r.minutes, 0);

/**
 * What closing the last period of `history` writes besides freezing it: the overage to invoice
 * (minutes and cost), the unused minutes that expire and those carried into the next period.
 * Unused minutes are kept in buckets by age and used oldest first; a bucket already carried
 * `carryExpiryPeriods` times expires, and the carry is capped at `carryCapMinutes` (the oldest
 * beyond the cap expire). Without carry-forward every unused minute expires at the close. The
 * buckets are replayed from the earlier periods' rows (whose expiry rows were written at their own
 * close), so nothing but the ledger itself is needed.
 */
export function closingMovements(terms: PlanTerms, history: PeriodHistory[]) {
  let buckets: Bucket[] = [];
  history.forEach((period, i) => {
    buckets = trimTo(
      buckets,
      sum(period.rows, (r) => r.kind === "carry_in"),
    );
    buckets.push({ age: 0, minutes: sum(period.rows, (r) => r.kind === "grant" || (r.kind === "adjustment" && r.minutes > 0)) });
    let toUse = -sum(
      period.rows,
      (r) => r.kind === "consumption" || r.kind === "addition" || r.kind === "expiry" || (r.kind === "adjustment" && r.minutes < 0),
    );
    for (const b of buckets) {
      const take = Math.min(b.minutes, Math.max(0, toUse));
      b.minutes -= take;
      toUse -= take;
    }
    buckets = buckets.filter((b) => b.minutes > 0);
    // An earlier period's own expiry rows already took what expired; what is left was carried.
    if (i < history.length - 1) buckets = buckets.map((b) => ({ age: b.age + 1, minutes: b.minutes }));
  });
  const last = history.at(-1);
  const totals = periodTotals(last?.rows ?? [], terms);
  const open = Math.max(0, totals.overageMinutes - sum(last?.rows ?? [], (r) => r.kind === "overage"));
  let expired = 0;
  let carried: Bucket[] = [];
  if (terms.carryForward) {
    for (const b of buckets) {
      if (terms.carryExpiryPeriods !== null && b.age + 1 > terms.carryExpiryPeriods) expired += b.minutes;
      else carried.push({ age: b.age + 1, minutes: b.minutes });
    }
    let total = carried.reduce((s, b) => s + b.minutes, 0);
    const cap = terms.carryCapMinutes;
    // Over the cap: the oldest minutes go first (they would expire soonest anyway).
    while (cap !== null && total > cap && carried.length > 0) {
      const cut = Math.min(carried[0]!.minutes, total - cap);
      carried[0]!.minutes -= cut;
      expired += cut;
      total -= cut;
      if (carried[0]!.minutes === 0) carried = carried.slice(1);
    }
  } else {
    expired = buckets.reduce((s, b) => s + b.minutes, 0);
  }
  return {
    overageMinutes: open,
    overageCost: money(open, overtimePerHour(terms)),
    expiredMinutes: expired,
    carriedMinutes: carried.reduce((s, b) => s + b.minutes, 0),
  };
}

/** Keeps the newest buckets that make up `minutes` (what the carry-in row says was carried). */
function trimTo(buckets: Bucket[], minutes: number) {
  const out: Bucket[] = [];
  let left = minutes;
  for (const b of [...buckets].reverse()) {
    if (left <= 0) break;
    const keep = Math.min(b.minutes, left);
    out.unshift({ age: b.age, minutes: keep });
    left -= keep;
  }
  if (left > 0) out.unshift({ age: 1, minutes: left });
  return out;
}

/** Monday of the ISO week a day falls in. */
export function weekOf(date: string) {
  const d = parseCivilDate(date);
  return formatCivilDate(addCivilDays(d, 1 - isoWeekday(d)));
}

/**
 * Minutes used per ISO week (Monday to Sunday), across period boundaries: the weekly maximum is
 * about the week the work was done in, whichever periods its days belong to.
 */
export function weeklyUsage(lines: Pick<LedgerLine, "kind" | "minutes" | "workDate">[]) {
  const weeks = new Map<string, number>();
  for (const l of lines) {
    if (!l.workDate || (l.kind !== "consumption" && l.kind !== "addition" && l.kind !== "adjustment")) continue;
    const week = weekOf(l.workDate);
    weeks.set(week, (weeks.get(week) ?? 0) - l.minutes);
  }
  return weeks;
}

/** Would `adding` more minutes in the week of `date` pass the weekly maximum? The numbers for the warning. */
export function weeklyCheck(terms: Pick<PlanTerms, "weeklyMaxMinutes">, weeks: Map<string, number>, date: string, adding: number) {
  const used = weeks.get(weekOf(date)) ?? 0;
  const max = terms.weeklyMaxMinutes;
  return { week: weekOf(date), used, max, exceeds: max !== null && used + adding > max };
}
