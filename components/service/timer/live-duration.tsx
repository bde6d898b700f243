"use client";

import { formatClock, formatDuration } from "@/lib/time-entries/format";
import { runningSeconds, useNow } from "./use-now";

/**
 * `base` finished seconds plus the time since each of `running` (ISO starts), ticking. Its own
 * leaf so only this text re-renders each tick. The server renders it with its own clock; the
 * first client tick corrects the difference, hence the hydration warning is suppressed.
 */
export function LiveDuration({
  base = 0,
  running,
  clock = false,
  className,
}: {
  base?: number;
  running: string[];
  clock?: boolean;
  className?: string;
}) {
  const now = useNow(running.length > 0);
  const seconds = base + runningSeconds(now, running);
  return (
    <span className={className} suppressHydrationWarning>
      {clock ? formatClock(seconds) : formatDuration(seconds)}
    </span>
  );
}
