import { percentile } from "./http";

/**
 * What the session-only floor route costs, in parts, in this process. Auth.js's `/api/auth/session`
 * decrypts the cookie, runs our jwt callback (one session-row lookup), then encrypts a fresh token
 * and sets it; the app's own per-request read (lib/auth/read-session.ts) decrypts and looks up only.
 * So the HTTP floor is the app's session cost plus one encryption and the route's own overhead.
 */
export async function sessionCosts(cookieHeader: string, secret: string, rounds = 100) {
  const { decode, encode } = await import("next-auth/jwt");
  const { getLiveSessionUser } = await import("../../lib/auth/sessions");
  const { SESSION_COOKIE } = await import("../../lib/auth/read-session");
  const token = cookieHeader
    .split("; ")
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`))
    ?.slice(SESSION_COOKIE.length + 1);
  if (!token) throw new Error("The bench cookie has no session token.");
  const time = async (run: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    return percentile(times, 50);
  };
  const payload = await decode({ token, secret, salt: SESSION_COOKIE });
  if (!payload?.sid) throw new Error("The bench session token did not decode.");
  const sid = payload.sid;
  return {
    decode_ms: await time(() => decode({ token, secret, salt: SESSION_COOKIE })),
    lookup_ms: await time(() => getLiveSessionUser(sid)),
    encode_ms: await time(() => encode({ token: payload, secret, salt: SESSION_COOKIE })),
  };
}
