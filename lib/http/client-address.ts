/**
 * The client's address for throttling. Behind a reverse proxy the first X-Forwarded-For entry is
 * the client; served directly (local demo) there is no header and all attempts share one bucket,
 * which is why the per-address limit is higher than the per-account one.
 */
export function clientAddress(headers: Headers) {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "direct";
}
