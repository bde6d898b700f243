"use client";

import { useRouter } from "next/navigation";
import { useCallback, useRef, useState, useTransition } from "react";

/**
 * An edit form saving over the version the user opened. When the server answers "staleVersion",
 * `markStale()` shows the banner until the page brings a newer record (the banner is tied to the
 * version the conflict was found against). `reload()` refreshes the page; the form's effect on the
 * record calls `takeReload()` and resets its values only when it returns true — a refresh for any
 * other reason must not wipe what the user typed.
 */
export function useStaleVersion(version: number) {
  const router = useRouter();
  const [conflictAt, setConflictAt] = useState<number | null>(null);
  const reloadRequested = useRef(false);
  const [reloading, startReload] = useTransition();

  const markStale = useCallback(() => setConflictAt(version), [version]);
  const reload = useCallback(() => {
    reloadRequested.current = true;
    startReload(() => router.refresh());
  }, [router]);
  /** True once after `reload()`: the record now passed in is the one to start over from. */
  const takeReload = useCallback(() => {
    const requested = reloadRequested.current;
    reloadRequested.current = false;
    return requested;
  }, []);

  return { stale: conflictAt === version, markStale, reload, reloading, takeReload };
}
