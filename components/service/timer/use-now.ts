"use client";

import { useEffect, useState } from "react";

/**
 * The current time, re-read twice a second while `active`. Elapsed time is always computed from
 * the server's start instant, never counted up from mount, so a reload or a sleeping tab shows
 * the right value at once. The browser's clock, so it ticks: it agrees with the server's now()
 * (lib/clock.ts) except while the e2e server's clock is moved, when only this live count is off.
 */
export function useNow(active: boolean) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, [active]);
  return now;
}

/** Whole seconds from each running start to `now`, summed. */
export function runningSeconds(now: number, starts: string[]) {
  return starts.reduce((sum, start) => sum + Math.max(0, Math.floor((now - Date.parse(start)) / 1000)), 0);
}
