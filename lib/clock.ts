/**
 * The one source of "now" for verbs and jobs. Tests move it with `setClock` instead of sleeping;
 * everywhere else it is the server's clock.
 */
let override: (() => Date) | null = null;
/**
 * The e2e server's moved clock (lib/system/test-clock.ts); always 0 outside it. On globalThis, not
 * in a module variable: Next bundles this module once per layer (instrumentation, route handlers,
 * pages and actions), and every copy in the process must read the offset the poll sets.
 */
const shared = globalThis as typeof globalThis & { __servioClockOffsetMs?: number };

export function now(): Date {
  return override ? override() : new Date(Date.now() + (shared.__servioClockOffsetMs ?? 0));
}

/** The e2e test clock only: how far this process's "now" is ahead of the real clock. */
export function setClockOffset(ms: number) {
  shared.__servioClockOffsetMs = ms;
}

/** Tests, and the demo seed (records opened in the past, db/seed/demo-sla.ts): fixes or moves time (`null` restores the real clock). */
export function setClock(next: Date | (() => Date) | null) {
  override = next === null ? null : typeof next === "function" ? next : () => new Date(next.getTime());
}
