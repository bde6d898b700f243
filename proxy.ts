import { type NextRequest, NextResponse } from "next/server";

// Top-level paths that are not org slugs (kept in sync with lib/orgs/slug.ts RESERVED_SLUGS).
const NOT_ORG = new Set([
  "api",
  "sign-in",
  "sign-up",
  "forgot-password",
  "reset-password",
  "invite",
  "mailbox",
  "approve",
  "assignment",
  "portal",
  "new-org",
  "_next",
]);

function contentSecurityPolicy(nonce: string) {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Sets the per-request CSP nonce and tells the locale resolver which org the URL names.
 * Not an authorisation layer: every page and verb checks access itself.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.delete("x-org-slug");
  requestHeaders.set("x-pathname", request.nextUrl.pathname);
  const first = request.nextUrl.pathname.split("/")[1];
  if (first && !NOT_ORG.has(first)) requestHeaders.set("x-org-slug", first);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
