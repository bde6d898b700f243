/**
 * A list's data endpoint (issue 9, item 2): `GET /<org>/<list>/data?<the page's query>` answers
 * `{ rows, nextCursor }` — rows and cursor only. Returns the scenarios to load (the narrowed first
 * page, and the page after page 1 through its cursor), or why they cannot be measured: a list
 * whose endpoint is missing is reported as null, not a crash.
 */
export async function dataScenarios(
  base: string,
  listPath: string,
  narrowQuery: string,
  pageParam: string,
  cookie: string,
): Promise<{ missing: string } | { missing?: undefined; search: string; next: string }> {
  const endpoint = `${base}${listPath}/data`;
  const first = await fetch(endpoint, { headers: { cookie }, redirect: "manual" });
  // Without the route, `data` is taken for a record id and the record page answers (HTML, 200 or 404).
  const type = first.headers.get("content-type") ?? "";
  if (first.status !== 200 || !type.includes("application/json")) {
    await first.arrayBuffer();
    return { missing: `${listPath}/data answered ${first.status} ${type}`.trim() };
  }
  const body = (await first.json()) as { rows?: unknown; nextCursor?: unknown };
  if (!Array.isArray(body.rows) || (body.nextCursor !== null && typeof body.nextCursor !== "string")) {
    return { missing: `${listPath}/data did not answer { rows, nextCursor }` };
  }
  if (typeof body.nextCursor !== "string") return { missing: `${listPath}/data has no second page` };
  return {
    search: `${endpoint}?${narrowQuery}`,
    next: `${endpoint}?${pageParam}=${encodeURIComponent(body.nextCursor)}`,
  };
}
