import type { CustomerQuery, ListColumn } from "@/lib/customers/list-customers";

/** The list's whole view state; it lives in the URL so a view can be bookmarked and shared. */
export type ListQuery = CustomerQuery;

/** LIST_COLUMNS of the verb, repeated because client code cannot import a server module's values. */
export const ALL_COLUMNS = ["name", "accountCode", "type", "status", "region", "tags", "phone", "email", "created"] as const satisfies readonly ListColumn[];
// Fails to compile when the verb gains a column this list lacks.
const _complete: Exclude<ListColumn, (typeof ALL_COLUMNS)[number]> extends never ? true : never = true;
/** DEFAULT_COLUMNS of the verb, for the same reason. */
export const DEFAULT_COLUMNS: readonly ListColumn[] = ["name", "type", "status", "phone", "created"];

/**
 * The canonical search string of a view: defaults are left out so URLs stay short, and any change
 * other than paging itself starts again from the first page (a cursor belongs to one filter set).
 */
export function listSearch(query: ListQuery, changes: Partial<ListQuery> = {}) {
  const next = { ...query, ...("after" in changes ? {} : { after: undefined }), ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.status.length) params.set("status", next.status.join(","));
  if (next.type.length) params.set("type", next.type.join(","));
  if (next.region) params.set("region", next.region);
  if (next.rep) params.set("rep", next.rep);
  if (next.tag) params.set("tag", next.tag);
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.dir !== "asc") params.set("dir", next.dir);
  const defaultColumns = next.cols.length === DEFAULT_COLUMNS.length && DEFAULT_COLUMNS.every((c) => next.cols.includes(c));
  if (!defaultColumns) params.set("cols", next.cols.join(","));
  if (next.after) params.set("after", next.after);
  // Commas are legal in a query string; unescaped they keep shared URLs readable.
  const search = params.toString().replace(/%2C/gi, ",");
  return search ? `?${search}` : "";
}
