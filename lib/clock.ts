/**
 * The one source of "now" for verbs and jobs. Tests move it with `setClock` instead of sleeping;
 * everywhere else it is the server's clock.
 */
let override: (() => Date) | null = null;

export function now(): Date {
  return override ? override() : new Date();
}

/** Tests only: fixes or moves time (`null` restores the real clock). */
export function setClock(next: Date | (() => Date) | null) {
  override = next === null ? null : typeof next === "function" ? next : () => new Date(next.getTime());
}
