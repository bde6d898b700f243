/**
 * The reports' view state lives in the URL, with short parameter names people can read and share:
 * `?customer=…&contact=…&type=…&from=2026-03-01&to=2026-03-31`. The page, its export link and the
 * CSV route all translate them through here, so the download always matches what is on screen.
 * Client-safe.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

export function customerReportInput(params: Record<string, string>) {
  return { customerId: params.customer, contactId: params.contact, serviceTypeId: params.type, from: params.from, to: params.to };
}

export function userReportInput(params: Record<string, string>) {
  return { userId: params.user, from: params.from, to: params.to };
}

/** A search string from values, leaving out empty ones. */
export function reportSearch(values: Record<string, string | null | undefined>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `?${search}` : "";
}
