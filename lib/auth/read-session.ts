import "server-only";
import { decode } from "next-auth/jwt";
import { getLiveSessionUser, type LiveSessionUser } from "./sessions";

/** Auth.js's session cookie; on https it carries the `__Secure-` prefix. */
export const SESSION_COOKIE = "authjs.session-token";
// The token's key is derived with the cookie's name as salt, so a token only decodes under the name
// Auth.js issued it for: accepting either name cannot let an http cookie pose as the secure one.
const COOKIE_NAMES = [`__Secure-${SESSION_COOKIE}`, SESSION_COOKIE];

type CookieJar = {
  get(name: string): { value: string } | undefined;
  getAll(): { name: string; value: string }[];
};

/** The cookie's value; Auth.js splits a token over 4 KB into `name.0`, `name.1`, … */
function cookieValue(jar: CookieJar, name: string) {
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .filter((c) => c.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join("") : undefined;
}

/**
 * The signed-in user of a request, read the cheap way: decrypt the session cookie and look up its
 * session row (one indexed lookup, the same on every instance, so a revoked session is refused at its
 * next request). Unlike Auth.js's `auth()`, this never runs the jwt callback or encrypts a fresh
 * token, which a server component could not set anyway. Expired or foreign tokens read as signed out.
 */
export async function readSessionUser(jar: CookieJar): Promise<LiveSessionUser | null> {
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!secret) return null;
  for (const salt of COOKIE_NAMES) {
    const token = cookieValue(jar, salt);
    if (!token) continue;
    const payload = await decode({ token, secret, salt }).catch(() => null);
    return payload?.sid ? getLiveSessionUser(payload.sid) : null;
  }
  return null;
}
