import { z } from "zod";
import { calendarDate } from "@/lib/fields/dates";
import { cursorParam } from "@/lib/search/cursor-param";
import { parseInput } from "@/lib/validation";
import { SERVICE_STATUSES } from "./status";

// The Service list's view as it lives in the URL. Client-safe: the page, the data route and the
// list's own controls read a URL the same way (no server-only imports here).

export const SLA_LIST_FILTERS = ["breached", "breaching"] as const;
export type SlaListFilter = (typeof SLA_LIST_FILTERS)[number];

const commaList = (v: unknown) => (typeof v === "string" && v ? v.split(",") : Array.isArray(v) ? v : []);

/**
 * The list's view as it comes from the URL. Values that do not parse (a stale bookmark, a
 * hand-edited link) are dropped rather than refused, so the page still opens.
 */
export const serviceQuerySchema = z.object({
  status: z.preprocess(
    (v) => commaList(v).filter((s): s is (typeof SERVICE_STATUSES)[number] => (SERVICE_STATUSES as readonly unknown[]).includes(s)),
    z.array(z.enum(SERVICE_STATUSES)),
  ),
  type: z.uuid().optional().catch(undefined),
  assignee: z.uuid().optional().catch(undefined),
  customer: z.uuid().optional().catch(undefined),
  from: calendarDate().optional().catch(undefined),
  to: calendarDate().optional().catch(undefined),
  /** SLA: resolution clock breached, or running and due within the next hour (issue 11). */
  sla: z.enum(SLA_LIST_FILTERS).optional().catch(undefined),
  after: cursorParam,
});

export type ServiceQuery = z.output<typeof serviceQuerySchema>;

export function parseServiceQuery(input: unknown): ServiceQuery {
  return parseInput(serviceQuerySchema, input ?? {});
}

/** True when the view is narrowed by anything other than paging. */
export function hasServiceFilters(query: ServiceQuery) {
  return !!(query.status.length || query.type || query.assignee || query.customer || query.from || query.to || query.sla);
}

/**
 * The canonical search string of a view: empty filters are left out, and any change other than
 * paging itself starts again from the first page (a cursor belongs to one filter set).
 * `serviceListSearch(query, { after: query.after })` is the view itself, page included.
 */
export function serviceListSearch(query: ServiceQuery, changes: Partial<ServiceQuery> = {}) {
  const next = { ...query, ...("after" in changes ? {} : { after: undefined }), ...changes };
  const params = new URLSearchParams();
  if (next.status.length) params.set("status", next.status.join(","));
  if (next.type) params.set("type", next.type);
  if (next.assignee) params.set("assignee", next.assignee);
  if (next.customer) params.set("customer", next.customer);
  if (next.from) params.set("from", next.from);
  if (next.to) params.set("to", next.to);
  if (next.sla) params.set("sla", next.sla);
  if (next.after) params.set("after", next.after);
  // Commas are legal in a query string; unescaped they keep shared URLs readable.
  const search = params.toString().replace(/%2C/gi, ",");
  return search ? `?${search}` : "";
}

/** The view itself, page included: the list's data route is asked with it and its rows kept under it. */
export function serviceRowsSearch(query: ServiceQuery) {
  return serviceListSearch(query, { after: query.after });
}
