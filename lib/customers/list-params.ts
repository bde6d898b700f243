import { z } from "zod";
import { cursorParam } from "@/lib/search/cursor-param";
import { searchParam } from "@/lib/search/search-param";
import { parseInput } from "@/lib/validation";
import { CUSTOMER_TYPES, LIFECYCLE_STATUSES } from "./schemas";

// The customer list's view as it lives in the URL. Client-safe: the page, the data route, the
// export and the list's own controls read a URL the same way (no server-only imports here).

/** The list's columns in display order; `cols` in the URL picks which are shown (name always is). */
export const LIST_COLUMNS = ["name", "accountCode", "type", "status", "region", "tags", "phone", "email", "created"] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];
/** Shown when the URL names none: what fits beside the preview panel without scrolling sideways. */
export const DEFAULT_COLUMNS: readonly ListColumn[] = ["name", "type", "status", "phone", "created"];

const commaList = (v: unknown) => (typeof v === "string" && v ? v.split(",") : Array.isArray(v) ? v : []);

/**
 * A comma list of enum values. Unknown values are dropped rather than refused: the query comes
 * from a URL that may be bookmarked or hand-edited, and a stale value must not break the page.
 */
const csv = <T extends string>(values: readonly [T, ...T[]]) =>
  z.preprocess((v) => commaList(v).filter((item): item is T => (values as readonly unknown[]).includes(item)), z.array(z.enum(values)));

export const customerQuerySchema = z.object({
  q: searchParam,
  status: csv(LIFECYCLE_STATUSES),
  type: csv(CUSTOMER_TYPES),
  region: z.uuid().optional().catch(undefined),
  rep: z.uuid().optional().catch(undefined),
  tag: z.uuid().optional().catch(undefined),
  sort: z.enum(["name", "created"]).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  after: cursorParam,
  /** Visible columns of the page (the name always); absent, or naming no known column, means the default set. */
  cols: z.preprocess(
    (v) => {
      const wanted = commaList(v);
      if (!LIST_COLUMNS.some((c) => wanted.includes(c))) return [...DEFAULT_COLUMNS];
      return LIST_COLUMNS.filter((c) => c === "name" || wanted.includes(c));
    },
    z.array(z.enum(LIST_COLUMNS)),
  ),
});

export type CustomerQuery = z.output<typeof customerQuerySchema>;

export function parseCustomerQuery(input: unknown): CustomerQuery {
  return parseInput(customerQuerySchema, input ?? {});
}

/** True when the view is narrowed by anything other than sorting and paging. */
export function hasCustomerFilters(query: CustomerQuery) {
  return !!(query.q || query.status.length || query.type.length || query.region || query.rep || query.tag);
}

/**
 * The canonical search string of a view: defaults are left out so URLs stay short, and any change
 * other than paging itself starts again from the first page (a cursor belongs to one filter set).
 * `customerListSearch(query, { after: query.after })` is the view itself, page included.
 */
export function customerListSearch(query: CustomerQuery, changes: Partial<CustomerQuery> = {}) {
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

/**
 * What the rows of a view depend on, as a search string: the view without its column choice.
 * The list's data route is asked with it and the rows are kept under it, so showing or hiding a
 * column fetches nothing.
 */
export function customerRowsSearch(query: CustomerQuery) {
  return customerListSearch({ ...query, cols: [...DEFAULT_COLUMNS] }, { after: query.after });
}
