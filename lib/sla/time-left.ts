import type { SlaClockState } from "@/db/schema/enum-values";

// Client-safe and pure: the service list's "time left" from the cached columns and now, with no
// calendar at hand. A running clock's left is wall time to the deadline (what a dispatcher plans
// with); a paused one shows the business minutes it had left when it paused.

export type SlaCache = { state: SlaClockState; dueAt: string; warnAt: string | null; pausedLeft: number | null };
export type TimeLeftTone = "ok" | "warning" | "breached" | "paused" | "met";
export type TimeLeft = { tone: TimeLeftTone; minutes: number };

export function timeLeft(sla: SlaCache, now: Date): TimeLeft {
  const due = new Date(sla.dueAt).getTime();
  const minutes = Math.floor(Math.abs(due - now.getTime()) / 60_000);
  switch (sla.state) {
    case "met":
      return { tone: "met", minutes: 0 };
    case "breached_met_late":
      return { tone: "breached", minutes: 0 };
    case "breached":
      return { tone: "breached", minutes: now.getTime() > due ? minutes : 0 };
    case "paused":
      return { tone: "paused", minutes: sla.pausedLeft ?? 0 };
    case "running":
      if (now.getTime() >= due) return { tone: "breached", minutes };
      return { tone: sla.warnAt && now.getTime() >= new Date(sla.warnAt).getTime() ? "warning" : "ok", minutes };
  }
}

/** Whole hours and the whole minutes over, for "2 h 10 min" (business minutes come with fractions of a second). */
export function splitMinutes(total: number) {
  const whole = Math.floor(total);
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}
