import { z } from "zod";
import { cursorParam } from "@/lib/search/cursor-param";
import { parseInput } from "@/lib/validation";

// The schedule list's view as it lives in the URL. Client-safe: the page, the data route and the
// list's own controls read a URL the same way.

export const SCHEDULE_LIST_STATES = ["active", "paused", "ended"] as const;
export type ScheduleListState = (typeof SCHEDULE_LIST_STATES)[number];

/** Paused, ended (no occurrence left to decide), or active: the same rule as the list's filter. */
export const scheduleStateOf = (row: { pausedAt: Date | string | null; nextDueAt: Date | string | null }): ScheduleListState =>
  row.pausedAt ? "paused" : row.nextDueAt ? "active" : "ended";

/** An unknown state is no filter, not an error: a bookmarked or hand-edited URL must not break the page. */
export const scheduleQuerySchema = z.object({
  state: z.enum(SCHEDULE_LIST_STATES).optional().catch(undefined),
  customer: z.uuid().optional().catch(undefined),
  after: cursorParam,
});

export type ScheduleQuery = z.output<typeof scheduleQuerySchema>;

export function parseScheduleQuery(input: unknown): ScheduleQuery {
  return parseInput(scheduleQuerySchema, input ?? {});
}

export function hasScheduleFilters(query: ScheduleQuery) {
  return !!(query.state || query.customer);
}

/** The canonical search string of a view; any change but paging starts again from the first page. */
export function scheduleListSearch(query: ScheduleQuery, changes: Partial<ScheduleQuery> = {}) {
  const next = { ...query, ...("after" in changes ? {} : { after: undefined }), ...changes };
  const params = new URLSearchParams();
  if (next.state) params.set("state", next.state);
  if (next.customer) params.set("customer", next.customer);
  if (next.after) params.set("after", next.after);
  const search = params.toString();
  return search ? `?${search}` : "";
}
