import { z } from "zod";
import { CONTRACT_STATES } from "@/db/schema/enum-values";
import { cursorParam } from "@/lib/search/cursor-param";
import { parseInput } from "@/lib/validation";

// The contract list's view as it lives in the URL. Client-safe: the page, the data route and the
// list's own controls read a URL the same way.

export { CONTRACT_STATES };

const commaList = (v: unknown) => (typeof v === "string" && v ? v.split(",") : Array.isArray(v) ? v : []);

/** Unknown states are dropped, not refused: a bookmarked or hand-edited URL must not break the page. */
const states = z.preprocess(
  (v) => commaList(v).filter((item) => (CONTRACT_STATES as readonly unknown[]).includes(item)),
  z.array(z.enum(CONTRACT_STATES)),
);

/** "Ending within N days": a whole number of days, 0 (today) to ten years; anything else is no filter. */
const endingWithin = z.preprocess(
  (v) => (typeof v === "string" && /^\d{1,4}$/.test(v) ? Number(v) : v),
  z.number().int().min(0).max(3650).optional().catch(undefined),
);

export const contractQuerySchema = z.object({
  state: states,
  type: z.uuid().optional().catch(undefined),
  customer: z.uuid().optional().catch(undefined),
  within: endingWithin,
  after: cursorParam,
});

export type ContractQuery = z.output<typeof contractQuerySchema>;

export function parseContractQuery(input: unknown): ContractQuery {
  return parseInput(contractQuerySchema, input ?? {});
}

export function hasContractFilters(query: ContractQuery) {
  return !!(query.state.length || query.type || query.customer || query.within !== undefined);
}

/** The canonical search string of a view; any change but paging starts again from the first page. */
export function contractListSearch(query: ContractQuery, changes: Partial<ContractQuery> = {}) {
  const next = { ...query, ...("after" in changes ? {} : { after: undefined }), ...changes };
  const params = new URLSearchParams();
  if (next.state.length) params.set("state", next.state.join(","));
  if (next.type) params.set("type", next.type);
  if (next.customer) params.set("customer", next.customer);
  if (next.within !== undefined) params.set("within", String(next.within));
  if (next.after) params.set("after", next.after);
  const search = params.toString().replace(/%2C/gi, ",");
  return search ? `?${search}` : "";
}
