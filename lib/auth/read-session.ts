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
 * Session ids of tokens already decrypted on this instance, by cookie name and token. Decrypting
 * (a key derivation and an authenticated decryption) was a tenth of a list interaction's server
 * time, and a browser sends the same token with every request until Auth.js rotates it. Only the
 * decryption is kept: the session row is still read on every request, so revocation stays exact.
 * A token is a bearer credential, but this map lives only in the process that already holds the
 * secret that opens it.
 */
const decoded = new Map<string, { sid: string; expiresAtMs: number; secret: string }>();
/** Tokens kept at most; the oldest go first (a Map iterates in insertion order). */
const MAX_DECODED = 5000;

async function sessionIdOf(token: string, secret: string, salt: string) {
  const key = `${salt}\n${token}`;
  const hit = decoded.get(key);
  // Held to the expiry the decryption itself enforces, on the same (machine) clock jose reads,
  // and to the secret it was opened with.
  if (hit && hit.secret === secret && hit.expiresAtMs > Date.now()) return hit.sid;
  if (hit) decoded.delete(key);
  const payload = await decode({ token, secret, salt }).catch(() => null);
  if (!payload?.sid) return null;
  if (typeof payload.exp === "number") {
    decoded.set(key, { sid: payload.sid, expiresAtMs: payload.exp * 1000, secret });
    if (decoded.size > MAX_DECODED) decoded.delete(decoded.keys().next().value!);
  }
  return payload.sid;
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
    const sid = await sessionIdOf(token, secret, salt);
    return sid ? getLiveSessionUser(sid) : null;
  }
  return null;
}
