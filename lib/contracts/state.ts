import type { ContractState } from "@/db/schema/enum-values";
import { addCivilDays, formatCivilDate, instantAt, parseCivilDate } from "@/lib/calendars/civil-date";

// Client-safe and pure (SPEC K1). A contract's state is never stored: it follows from its dates,
// its termination and its successor, read on the org's calendar. Every boundary is the start
// (00:00) of a day in the org's zone, so "expiring soon" begins at the same instant the
// notify-before job fires.

export type ContractDates = {
  /** First day of the current term ("YYYY-MM-DD"); null while a draft. */
  start: string | null;
  /** Last day of the current term, inclusive; null: open-ended, it never expires. */
  end: string | null;
  /** Notify this many days before the end: from that day the contract is "expiring soon". */
  notifyBeforeDays: number | null;
  /** Notify this many days after the end (a follow-up on an expired contract). */
  notifyAfterDays: number | null;
  /** Termination notice: the last day to give it is this many days before the end. */
  noticeDays: number | null;
  /** When the termination took effect (a future instant: given, not yet effective). */
  terminatedAt: Date | null;
  /** The contract this one was renewed into (auto-renew or by hand). */
  renewedIntoId: string | null;
};

export type Milestone = { date: string; at: Date };

export type ContractMilestones = {
  notifyBefore: Milestone | null;
  noticeDeadline: Milestone | null;
  /** The last day of the term: auto-renew creates the successor on it. */
  end: Milestone | null;
  /** The day after the end: from its start the contract is expired. */
  expires: Milestone | null;
  notifyAfter: Milestone | null;
};

function dayStart(date: string, days: number, timeZone: string): Milestone {
  const day = addCivilDays(parseCivilDate(date), days);
  return { date: formatCivilDate(day), at: new Date(instantAt(day, 0, timeZone)) };
}

export function contractMilestones(contract: ContractDates, timeZone: string): ContractMilestones {
  const { end } = contract;
  if (!end) return { notifyBefore: null, noticeDeadline: null, end: null, expires: null, notifyAfter: null };
  return {
    notifyBefore: contract.notifyBeforeDays === null ? null : dayStart(end, -contract.notifyBeforeDays, timeZone),
    noticeDeadline: contract.noticeDays === null ? null : dayStart(end, -contract.noticeDays, timeZone),
    end: dayStart(end, 0, timeZone),
    expires: dayStart(end, 1, timeZone),
    notifyAfter: contract.notifyAfterDays === null ? null : dayStart(end, contract.notifyAfterDays, timeZone),
  };
}

/**
 * The state at `now`, first rule that applies: terminated (once effective) › renewed (a successor
 * exists, so it is not "expiring" whatever its dates) › draft (no start, or before it) › expired ›
 * expiring soon › active.
 */
export function deriveContractState(contract: ContractDates, now: Date, timeZone: string): ContractState {
  const at = now.getTime();
  if (contract.terminatedAt && contract.terminatedAt.getTime() <= at) return "terminated";
  if (contract.renewedIntoId) return "renewed";
  if (!contract.start || at < dayStart(contract.start, 0, timeZone).at.getTime()) return "draft";
  const milestones = contractMilestones(contract, timeZone);
  if (milestones.expires && at >= milestones.expires.at.getTime()) return "expired";
  if (milestones.notifyBefore && at >= milestones.notifyBefore.at.getTime()) return "expiring_soon";
  return "active";
}
