import { z } from "zod";
import { PLAN_BILLING_METHODS } from "@/db/schema/enum-values";
import { cursorParam } from "@/lib/search/cursor-param";
import { parseInput } from "@/lib/validation";

// The plan list's view as it lives in the URL. Client-safe: the page, the data route and the
// list's own controls read a URL the same way.

export { PLAN_BILLING_METHODS };

export const planQuerySchema = z.object({
  /** Unknown values are dropped, not refused: a bookmarked or hand-edited URL must not break the page. */
  method: z.enum(PLAN_BILLING_METHODS).optional().catch(undefined),
  customer: z.uuid().optional().catch(undefined),
  /** "1": archived plans too. */
  archived: z
    .preprocess((v) => v === "1" || v === true, z.boolean())
    .optional()
    .catch(undefined),
  after: cursorParam,
});

export type PlanQuery = z.output<typeof planQuerySchema>;

export function parsePlanQuery(input: unknown): PlanQuery {
  return parseInput(planQuerySchema, input ?? {});
}

export function hasPlanFilters(query: PlanQuery) {
  return !!(query.method || query.customer || query.archived);
}

/** The canonical search string of a view; any change but paging starts again from the first page. */
export function planListSearch(query: PlanQuery, changes: Partial<PlanQuery> = {}) {
  const next = { ...query, ...("after" in changes ? {} : { after: undefined }), ...changes };
  const params = new URLSearchParams();
  if (next.method) params.set("method", next.method);
  if (next.customer) params.set("customer", next.customer);
  if (next.archived) params.set("archived", "1");
  if (next.after) params.set("after", next.after);
  const search = params.toString();
  return search ? `?${search}` : "";
}
