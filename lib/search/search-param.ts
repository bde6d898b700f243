import { cleanText, MAX_LENGTH, text } from "@/lib/fields/text";

/** What a list searches for at most; longer typing is cut, not refused. */
export const SEARCH_MAX = 100;

/**
 * A list's search box as it arrives from the URL. Client-safe (the list pages' components use it).
 * Cleaned here as well as in parseInput because pages parse their URL with it directly: `?q=%00`
 * must list normally, never reach PostgreSQL as NUL. A value that is too long or not text means
 * no search rather than an error page; empty means no search.
 */
export const searchParam = text(MAX_LENGTH.token)
  .transform((q) => cleanText(q).trim().slice(0, SEARCH_MAX) || undefined)
  .optional()
  .catch(undefined);
