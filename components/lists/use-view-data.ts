"use client";

import { useEffect, useEffectEvent, useState } from "react";

/** Views a list keeps for back/forward and for going back to an earlier search; older ones are fetched again. */
const KEPT_VIEWS = 20;

function remember<T>(views: ReadonlyMap<string, T>, key: string, value: T) {
  const next = new Map(views);
  next.delete(key);
  next.set(key, value);
  while (next.size > KEPT_VIEWS) next.delete(next.keys().next().value!);
  return next;
}

/**
 * Data for the view named by `key`, fetched from `url` as JSON once per key and kept. The
 * server-rendered `initial` value seeds it (and a new server render replaces everything kept).
 * While a key loads, the last value shown stays, flagged `pending`. A response is stored under the
 * key it was asked for and shown only while that key is current, and leaving a key aborts its
 * request: a slow answer to an older search can never overwrite a newer one. A 401 (the session
 * ended) reloads the page, which lands on sign-in.
 */
export function useViewData<T>({ key, url, initial }: { key: string; url: string; initial: { key: string; value: T } }) {
  const [views, setViews] = useState<ReadonlyMap<string, T>>(() => new Map([[initial.key, initial.value]]));
  const [seenInitial, setSeenInitial] = useState(initial);
  const [shownKey, setShownKey] = useState(initial.key);
  const [failedKey, setFailedKey] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  let current = views;
  if (initial !== seenInitial) {
    // A new server render (a reload of this route, revalidation after a change): what was kept may be stale.
    current = new Map([[initial.key, initial.value]]);
    setSeenInitial(initial);
    setViews(current);
  }
  const ready = current.has(key);
  if (ready && shownKey !== key) setShownKey(key);

  const isKept = useEffectEvent((wanted: string) => views.has(wanted));
  useEffect(() => {
    if (isKept(key)) return;
    const controller = new AbortController();
    fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
      .then(async (response) => {
        if (response.status === 401) return window.location.reload();
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const value = (await response.json()) as T;
        setFailedKey((failed) => (failed === key ? null : failed));
        setViews((all) => remember(all, key, value));
      })
      .catch(() => {
        if (!controller.signal.aborted) setFailedKey(key);
      });
    return () => controller.abort();
  }, [key, url, attempt]);

  return {
    value: current.get(key) ?? current.get(shownKey) ?? initial.value,
    /** An older view is shown while this one loads. */
    pending: !ready && failedKey !== key,
    failed: !ready && failedKey === key,
    retry: () => {
      setFailedKey(null);
      setAttempt((n) => n + 1);
    },
  };
}
