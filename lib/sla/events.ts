// Client-safe. The append-only SLA log of one service record (issue 11 item 6) and the policy
// snapshot its events carry: the clock is derived from these and the calendar, never stored.

export type SlaTargets = {
  /** Business minutes; null: this priority has no such target. */
  firstResponse: number | null;
  resolution: number | null;
};

/** The policy as it was when the event was logged, so a later edit of the policy changes nothing in the past. */
export type SlaPolicySnapshot = {
  /** By priority key (the record's priority picklist item id). */
  targets: Readonly<Record<string, SlaTargets>>;
  /** Statuses in which the clock stands still ("waiting for customer", "waiting for parts"). */
  pauseStatuses: readonly string[];
  /** Share of the target at which to warn; 0.8 when not set. */
  warnShare?: number;
};

export type SlaEvent =
  | { kind: "started"; at: Date; priority: string; status: string; policy: SlaPolicySnapshot }
  /** Pausing statuses pause, any other resumes. */
  | { kind: "status_changed"; at: Date; status: string }
  | { kind: "priority_changed"; at: Date; priority: string }
  | { kind: "policy_changed"; at: Date; policy: SlaPolicySnapshot }
  | { kind: "first_response"; at: Date }
  | { kind: "resolved"; at: Date }
  /** A resolved record worked on again: the resolution clock runs on from where it stopped. */
  | { kind: "reopened"; at: Date };

export const DEFAULT_WARN_SHARE = 0.8;
