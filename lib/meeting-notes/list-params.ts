import { z } from "zod";
import { MEETING_OUTCOMES } from "@/db/schema/enum-values";
import { calendarDate } from "@/lib/fields/dates";
import { cursorParam } from "@/lib/search/cursor-param";
import { searchParam } from "@/lib/search/search-param";
import { parseInput } from "@/lib/validation";

// The meeting-note list's view as it lives in the URL. Client-safe: the page, the data route, the
// list's own controls and the customer page's link read and write a URL the same way.

export { MEETING_OUTCOMES };

const flag = z.preprocess((v) => v === "1" || v === true, z.boolean()).catch(false);

/** Unknown values are dropped, not refused: a bookmarked or hand-edited URL must not break the page. */
export const meetingQuerySchema = z.object({
  customer: z.uuid().optional().catch(undefined),
  participant: z.uuid().optional().catch(undefined),
  /** Meetings I took part in. */
  mine: flag,
  /** Words of the summary or the customer's name. */
  q: searchParam,
  outcome: z.enum(MEETING_OUTCOMES).optional().catch(undefined),
  /** Days in the org's zone, both included. */
  from: calendarDate().optional().catch(undefined),
  to: calendarDate().optional().catch(undefined),
  after: cursorParam,
});

export type MeetingQuery = z.output<typeof meetingQuerySchema>;

export function parseMeetingQuery(input: unknown): MeetingQuery {
  return parseInput(meetingQuerySchema, input ?? {});
}

export function hasMeetingFilters(query: MeetingQuery) {
  return !!(query.customer || query.participant || query.mine || query.q || query.outcome || query.from || query.to);
}

/** The canonical search string of a view; any change but paging starts again from the first page. */
export function meetingListSearch(query: MeetingQuery, changes: Partial<MeetingQuery> = {}) {
  const next = { ...query, ...("after" in changes ? {} : { after: undefined }), ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.customer) params.set("customer", next.customer);
  if (next.participant) params.set("participant", next.participant);
  if (next.mine) params.set("mine", "1");
  if (next.outcome) params.set("outcome", next.outcome);
  if (next.from) params.set("from", next.from);
  if (next.to) params.set("to", next.to);
  if (next.after) params.set("after", next.after);
  const search = params.toString();
  return search ? `?${search}` : "";
}
