import { resolveRange } from "./date-range";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The range a report page's inputs show: the report's resolved range, else what was typed (so an
 * invalid range can be fixed), else the default window.
 */
export function shownRange(resolved: { from: string; to: string } | undefined, query: { from?: string; to?: string }, timeZone: string) {
  return (
    resolved ?? {
      ...resolveRange({ from: null, to: null }, timeZone),
      ...(ISO_DATE.test(query.from ?? "") && { from: query.from }),
      ...(ISO_DATE.test(query.to ?? "") && { to: query.to }),
    }
  );
}
