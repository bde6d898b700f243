import { z } from "zod";
import { cursorParam } from "@/lib/search/cursor-param";
import { searchParam } from "@/lib/search/search-param";
import { parseInput } from "@/lib/validation";

/** Active and passive contacts; no status in the URL means both. */
export const CONTACT_STATUSES = ["active", "passive"] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/**
 * The contacts list's view, read from the URL. Bad values fall back to the default instead of
 * failing: the URL may be bookmarked or hand-edited, and a stale value must not break the page.
 * Shared by the verb and the page's client components (no server-only imports here).
 */
export const contactQuerySchema = z.object({
  q: searchParam,
  status: z.enum(CONTACT_STATUSES).optional().catch(undefined),
  /** Opaque keyset cursor: the page starts after the row it names. */
  cursor: cursorParam,
});

export type ContactQuery = z.output<typeof contactQuerySchema>;

export function parseContactQuery(input: unknown): ContactQuery {
  return parseInput(contactQuerySchema, input ?? {});
}

/** True when the view is narrowed by anything other than paging. */
export function hasContactFilters(query: ContactQuery) {
  return !!(query.q || query.status);
}

/**
 * The canonical search string of a view: empty values are left out so URLs stay short, and any
 * change other than paging starts again from the first page (a cursor belongs to one filter set).
 */
export function contactListSearch(query: ContactQuery, changes: Partial<ContactQuery> = {}) {
  const next = { ...query, ...("cursor" in changes ? {} : { cursor: undefined }), ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.status) params.set("status", next.status);
  if (next.cursor) params.set("cursor", next.cursor);
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** The view itself, page included: the list's data route is asked with it and its rows kept under it. */
export function contactRowsSearch(query: ContactQuery) {
  return contactListSearch(query, { cursor: query.cursor });
}
