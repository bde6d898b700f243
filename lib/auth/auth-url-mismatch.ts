import "server-only";

/**
 * AUTH_URL fixes the address Auth.js builds its callback and redirect URLs from. Opened at any
 * other host (127.0.0.1 instead of localhost, the network address), signing in sets the cookie for
 * one host and lands on the other: an empty sign-in page and no message. This names both origins
 * so the page can say what to set. Null when AUTH_URL is unset (the request's host is used) or matches.
 */
export function authUrlMismatch(requestHeaders: Headers, authUrl = process.env.AUTH_URL): { expected: string; opened: string } | null {
  if (!authUrl) return null;
  let expected: URL;
  try {
    expected = new URL(authUrl);
  } catch {
    return null;
  }
  // serve.mjs drops x-forwarded-* from anyone but a trusted proxy, and Next fills them from Host.
  const host = first(requestHeaders.get("x-forwarded-host")) ?? requestHeaders.get("host");
  if (!host) return null;
  const protocol = first(requestHeaders.get("x-forwarded-proto")) ?? expected.protocol.replace(":", "");
  let opened: URL;
  try {
    opened = new URL(`${protocol}://${host}`);
  } catch {
    return null;
  }
  return opened.host === expected.host ? null : { expected: expected.origin, opened: opened.origin };
}

function first(value: string | null) {
  return value?.split(",")[0]?.trim() || null;
}
