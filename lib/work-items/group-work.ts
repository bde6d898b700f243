import type { SERVICE_STATUSES, WorkItemKind, WorkItemStatus } from "@/db/schema/enum-values";

// Client-safe and pure: the one rule behind the customer page's Overdue / Pending / Completed
// (SPEC C4, seed 001: Geciken / Bekleyen / Tamamlanan). Instants are ISO strings or Dates, so the
// server loader and a browser component read the same.

export const WORK_GROUPS = ["overdue", "pending", "completed"] as const;
export type WorkGroup = (typeof WORK_GROUPS)[number];

type Instant = Date | string | null;
type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export type GroupableWork =
  | { type: WorkItemKind; status: WorkItemStatus; dueAt: Instant; completedAt: Instant }
  | { type: "appointment"; startsAt: Instant; endsAt: Instant }
  | { type: "service"; status: ServiceStatus; plannedEnd: Instant; slaDueAt: Instant };

const SERVICE_DONE: ReadonlySet<ServiceStatus> = new Set(["completed", "approved", "closed", "cancelled"]);

const ms = (v: Instant) => (v === null ? null : new Date(v).getTime());
/** Strictly before now: due exactly now is still pending, a minute ago is overdue. */
const past = (v: Instant, now: number) => {
  const at = ms(v);
  return at !== null && at < now;
};

/**
 * - Task or issue: done or cancelled is completed whatever its due (done late stays completed);
 *   otherwise overdue once its due instant has passed, else pending (no due date: pending).
 * - Appointment: pending until it ends, then completed (an event cannot be late).
 * - Service record: completed when completed, approved, closed or cancelled; otherwise overdue
 *   once its planned end or its SLA deadline has passed, else pending.
 */
export function groupOf(item: GroupableWork, now: Date | number): WorkGroup {
  const at = typeof now === "number" ? now : now.getTime();
  switch (item.type) {
    case "task":
    case "issue":
      if (item.status === "done" || item.status === "cancelled") return "completed";
      return past(item.dueAt, at) ? "overdue" : "pending";
    case "appointment":
      return ms(item.endsAt) !== null && ms(item.endsAt)! <= at ? "completed" : "pending";
    case "service":
      if (SERVICE_DONE.has(item.status)) return "completed";
      return past(item.plannedEnd, at) || past(item.slaDueAt, at) ? "overdue" : "pending";
  }
}

/** A closed task or issue finished after its due instant (shown as late in Completed). */
export function doneLate(item: GroupableWork): boolean {
  if (item.type !== "task" && item.type !== "issue") return false;
  const due = ms(item.dueAt);
  const done = ms(item.completedAt);
  return item.status === "done" && due !== null && done !== null && done > due;
}

/** Items split into the three groups, each keeping the order it was given in. */
export function groupWork<T extends GroupableWork>(items: readonly T[], now: Date | number): Record<WorkGroup, T[]> {
  const groups: Record<WorkGroup, T[]> = { overdue: [], pending: [], completed: [] };
  for (const item of items) groups[groupOf(item, now)].push(item);
  return groups;
}
