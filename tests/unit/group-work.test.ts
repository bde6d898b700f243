import { describe, expect, it } from "vitest";
import { doneLate, type GroupableWork, groupOf, groupWork } from "@/lib/work-items/group-work";

// SPEC C4 (seed 001: Geciken / Bekleyen / Tamamlanan): the one rule behind the customer page's groups.

const NOW = new Date("2026-12-01T09:00:00.000Z");
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000).toISOString();

const task = (status: "open" | "in_progress" | "done" | "cancelled", dueAt: string | null, completedAt: string | null = null): GroupableWork => ({
  type: "task",
  status,
  dueAt,
  completedAt,
});

describe("tasks and issues", () => {
  it("are pending when due exactly now, overdue a minute after", () => {
    expect(groupOf(task("open", NOW.toISOString()), NOW)).toBe("pending");
    expect(groupOf(task("open", minutes(-1)), NOW)).toBe("overdue");
    expect(groupOf({ type: "issue", status: "in_progress", dueAt: minutes(-1), completedAt: null }, NOW)).toBe("overdue");
  });

  it("are pending without a due date or before it", () => {
    expect(groupOf(task("open", null), NOW)).toBe("pending");
    expect(groupOf(task("in_progress", minutes(60)), NOW)).toBe("pending");
  });

  it("are completed when done or cancelled whatever their due, and done late is marked", () => {
    const late = task("done", minutes(-120), minutes(-30));
    expect(groupOf(late, NOW)).toBe("completed");
    expect(doneLate(late)).toBe(true);
    expect(doneLate(task("done", minutes(-30), minutes(-120)))).toBe(false);
    expect(groupOf(task("cancelled", minutes(-120), minutes(-30)), NOW)).toBe("completed");
    expect(doneLate(task("cancelled", minutes(-120), minutes(-30)))).toBe(false);
  });
});

describe("appointments", () => {
  it("are pending until they end, then completed", () => {
    expect(groupOf({ type: "appointment", startsAt: minutes(-30), endsAt: minutes(1) }, NOW)).toBe("pending");
    expect(groupOf({ type: "appointment", startsAt: minutes(-30), endsAt: NOW.toISOString() }, NOW)).toBe("completed");
    expect(groupOf({ type: "appointment", startsAt: minutes(60), endsAt: minutes(90) }, NOW)).toBe("pending");
  });
});

describe("service records", () => {
  const record = (
    status: "new" | "in_progress" | "completed" | "approved" | "closed" | "cancelled",
    plannedEnd: string | null,
    slaDueAt: string | null = null,
  ) => ({ type: "service", status, plannedEnd, slaDueAt }) as const;

  it("are completed when completed, approved, closed or cancelled, even past their deadline", () => {
    for (const status of ["completed", "approved", "closed", "cancelled"] as const)
      expect(groupOf(record(status, minutes(-60)), NOW)).toBe("completed");
  });

  it("are overdue once their planned end or their SLA deadline has passed", () => {
    expect(groupOf(record("in_progress", minutes(-1)), NOW)).toBe("overdue");
    expect(groupOf(record("new", null, minutes(-1)), NOW)).toBe("overdue");
    expect(groupOf(record("new", minutes(60), minutes(-1)), NOW)).toBe("overdue");
    expect(groupOf(record("new", NOW.toISOString()), NOW)).toBe("pending");
    expect(groupOf(record("new", null), NOW)).toBe("pending");
  });
});

it("groupWork keeps the given order within each group", () => {
  const items = [task("open", minutes(-5)), task("done", null, minutes(-1)), task("open", null), task("open", minutes(-10))];
  const groups = groupWork(items, NOW);
  expect(groups.overdue).toEqual([items[0], items[3]]);
  expect(groups.pending).toEqual([items[2]]);
  expect(groups.completed).toEqual([items[1]]);
});
