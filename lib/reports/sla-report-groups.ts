import type { SlaClockReading } from "@/lib/sla/clock";

// Pure: per-record SLA outcomes folded into the report's groups (lib/reports/sla-report.ts).

/**
 * How one clock counts in "% met": met when it stopped before its deadline; missed when it
 * breached, whether still open or stopped late. A clock still running or paused and not yet due
 * is neither: its outcome is unknown, so it counts in "records" but not in either percentage —
 * counting it as met would flatter a month that has not ended, as missed would punish it.
 */
export function outcomeOf(clock: SlaClockReading | null): "met" | "missed" | null {
  if (!clock) return null;
  if (clock.state === "met") return "met";
  if (clock.state === "breached" || clock.state === "breached_met_late") return "missed";
  return null;
}

export type SlaRecordOutcome = {
  firstResponse: "met" | "missed" | null;
  resolution: "met" | "missed" | null;
  /** Business minutes the clock ran until it stopped; null while open (no time to take yet). */
  firstResponseMinutes: number | null;
  resolutionMinutes: number | null;
};

export type SlaGroupRow = {
  key: string;
  label: string | null;
  records: number;
  firstResponseMet: number;
  firstResponseJudged: number;
  /** 0–100 to one decimal; null when no clock of the group has an outcome yet. */
  firstResponsePercent: number | null;
  resolutionMet: number;
  resolutionJudged: number;
  resolutionPercent: number | null;
  /** Whole business minutes. */
  medianFirstResponse: number | null;
  medianResolution: number | null;
};

export function percent(met: number, judged: number) {
  return judged ? Math.round((met / judged) * 1000) / 10 : null;
}

/** The middle value, or the mean of the two middle ones, rounded to whole minutes. */
export function median(values: readonly number[]) {
  if (!values.length) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return Math.round(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

type Acc = {
  label: string | null;
  records: number;
  fr: SlaRecordOutcome["firstResponse"][];
  res: SlaRecordOutcome["resolution"][];
  frMin: number[];
  resMin: number[];
};

/** One accumulator per group key; a record may sit in several groups (a record with two technicians). */
export class SlaGroups {
  private readonly groups = new Map<string, Acc>();

  add(key: string, label: string | null, outcome: SlaRecordOutcome) {
    let acc = this.groups.get(key);
    if (!acc) this.groups.set(key, (acc = { label, records: 0, fr: [], res: [], frMin: [], resMin: [] }));
    acc.records += 1;
    acc.fr.push(outcome.firstResponse);
    acc.res.push(outcome.resolution);
    if (outcome.firstResponseMinutes !== null) acc.frMin.push(outcome.firstResponseMinutes);
    if (outcome.resolutionMinutes !== null) acc.resMin.push(outcome.resolutionMinutes);
  }

  rows(): SlaGroupRow[] {
    return [...this.groups].map(([key, g]) => row(key, g));
  }
}

function row(key: string, g: Acc): SlaGroupRow {
  const count = (xs: (string | null)[], v: string) => xs.filter((x) => x === v).length;
  const frMet = count(g.fr, "met");
  const frJudged = frMet + count(g.fr, "missed");
  const resMet = count(g.res, "met");
  const resJudged = resMet + count(g.res, "missed");
  return {
    key,
    label: g.label,
    records: g.records,
    firstResponseMet: frMet,
    firstResponseJudged: frJudged,
    firstResponsePercent: percent(frMet, frJudged),
    resolutionMet: resMet,
    resolutionJudged: resJudged,
    resolutionPercent: percent(resMet, resJudged),
    medianFirstResponse: median(g.frMin),
    medianResolution: median(g.resMin),
  };
}
