/**
 * A URL's query as the list schemas take it: a repeated parameter (`?q=a&q=b`) counts once, as its
 * first value. Client-safe: pages read Next's searchParams, the lists the browser's URL, the data
 * routes the request's, and all three must agree on what a URL means.
 */
export function firstValues(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  if (params instanceof URLSearchParams) {
    const out: Record<string, string> = {};
    for (const [key, value] of params) out[key] ??= value;
    return out;
  }
  return Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first === undefined ? [] : [[key, first]];
    }),
  );
}
