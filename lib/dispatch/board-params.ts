import { firstValues } from "@/lib/search/first-values";
import { type BoardQuery, boardQuerySchema } from "./schemas";

// Client-safe: the board's view in the URL. The page, the board and the data route read the same
// query through boardQuerySchema, so a bookmarked board opens as it was left.

/** The view a URL names; a malformed parameter falls back to its default instead of failing the board. */
export function parseBoardQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): BoardQuery {
  const values = firstValues(params);
  const parsed = boardQuerySchema.safeParse(values);
  if (parsed.success) return parsed.data;
  const keep = Object.fromEntries(
    Object.entries(values).filter(([key, value]) => boardQuerySchema.shape[key as keyof BoardQuery]?.safeParse(value).success),
  );
  return boardQuerySchema.parse(keep);
}

/** The canonical search of a view ("?date=…&span=…"): the data route's query and the history entry. */
export function boardSearch(query: BoardQuery) {
  const params = new URLSearchParams();
  if (query.date) params.set("date", query.date);
  params.set("span", query.span);
  if (query.region) params.set("region", query.region);
  if (query.department) params.set("department", query.department);
  if (query.serviceType) params.set("serviceType", query.serviceType);
  return `?${params}`;
}
