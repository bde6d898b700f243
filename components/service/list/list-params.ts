import type { ServiceQuery } from "@/lib/service/list-service-records";

/** The Service list's whole view state; it lives in the URL so a view can be bookmarked. */
export type ServiceListQuery = ServiceQuery;

/**
 * The canonical search string of a view: empty filters are left out, and any change other than
 * paging itself starts again from the first page (a cursor belongs to one filter set).
 */
export function serviceListSearch(query: ServiceListQuery, changes: Partial<ServiceListQuery> = {}) {
  const next = { ...query, ...("after" in changes ? {} : { after: undefined }), ...changes };
  const params = new URLSearchParams();
  if (next.status.length) params.set("status", next.status.join(","));
  if (next.type) params.set("type", next.type);
  if (next.assignee) params.set("assignee", next.assignee);
  if (next.customer) params.set("customer", next.customer);
  if (next.from) params.set("from", next.from);
  if (next.to) params.set("to", next.to);
  if (next.after) params.set("after", next.after);
  // Commas are legal in a query string; unescaped they keep shared URLs readable.
  const search = params.toString().replace(/%2C/gi, ",");
  return search ? `?${search}` : "";
}
