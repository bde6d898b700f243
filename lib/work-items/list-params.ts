import { z } from "zod";
import { WORK_ITEM_KINDS, WORK_ITEM_STATUSES } from "@/db/schema/enum-values";
import { cursorParam } from "@/lib/search/cursor-param";
import { searchParam } from "@/lib/search/search-param";
import { parseInput } from "@/lib/validation";

// The task list's view as it lives in the URL. Client-safe: the page, the data route, the list's
// own controls and the customer page's "show all" links read and write a URL the same way.

export { WORK_ITEM_KINDS, WORK_ITEM_STATUSES };
export const WORK_SORTS = ["due", "created"] as const;

const flag = z.preprocess((v) => v === "1" || v === true, z.boolean()).catch(false);

/** Unknown values are dropped, not refused: a bookmarked or hand-edited URL must not break the page. */
export const workQuerySchema = z.object({
  kind: z.enum(WORK_ITEM_KINDS).optional().catch(undefined),
  status: z.enum(WORK_ITEM_STATUSES).optional().catch(undefined),
  assignee: z.uuid().optional().catch(undefined),
  customer: z.uuid().optional().catch(undefined),
  /** Assigned to me. */
  mine: flag,
  /** Due before now and neither done nor cancelled. */
  overdue: flag,
  q: searchParam,
  sort: z.enum(WORK_SORTS).catch("due").default("due"),
  after: cursorParam,
});

export type WorkQuery = z.output<typeof workQuerySchema>;

export function parseWorkQuery(input: unknown): WorkQuery {
  return parseInput(workQuerySchema, input ?? {});
}

export function hasWorkFilters(query: WorkQuery) {
  return !!(query.kind || query.status || query.assignee || query.customer || query.mine || query.overdue || query.q);
}

/** The canonical search string of a view; any change but paging starts again from the first page. */
export function workListSearch(query: WorkQuery, changes: Partial<WorkQuery> = {}) {
  const next = { ...query, ...("after" in changes ? {} : { after: undefined }), ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.kind) params.set("kind", next.kind);
  if (next.status) params.set("status", next.status);
  if (next.assignee) params.set("assignee", next.assignee);
  if (next.customer) params.set("customer", next.customer);
  if (next.mine) params.set("mine", "1");
  if (next.overdue) params.set("overdue", "1");
  if (next.sort !== "due") params.set("sort", next.sort);
  if (next.after) params.set("after", next.after);
  const search = params.toString();
  return search ? `?${search}` : "";
}
