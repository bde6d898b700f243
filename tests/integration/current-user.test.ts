import { AsyncLocalStorage } from "node:async_hooks";
import path from "node:path";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { changePassword } from "@/lib/auth/change-password";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SESSION_COOKIE } from "@/lib/auth/read-session";
import { createSession, revokeSession } from "@/lib/auth/sessions";
import { findOrgContext } from "@/lib/orgs/get-org-context";
import { addMember, createOrg, PASSWORD } from "./factories";
import { closeConnections } from "./helpers";
import { recordSql, type Statement } from "./sql-recorder";

/**
 * One request as Next.js serves it: its cookies, and React's server `cache` scoped to it the way the
 * RSC renderer scopes it (an async-local request whose cache every layout, page and loader shares).
 */
type Request = { cookies: Map<string, string>; caches: Map<() => unknown, unknown> };
const request = new AsyncLocalStorage<Request>();

vi.mock("react", async () => {
  const react = await vi.importActual<typeof import("react") & { __SERVER_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE: { A: unknown } }>(
    path.resolve("node_modules/react/react.react-server.js"),
  );
  react.__SERVER_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE.A = {
    getCacheForType<T>(create: () => T): T {
      const caches = request.getStore()?.caches;
      if (!caches) return create();
      if (!caches.has(create)) caches.set(create, create());
      return caches.get(create) as T;
    },
    getOwner: () => null,
    cacheSignal: () => null,
  };
  return react;
});

vi.mock("next/headers", () => ({
  cookies: async () => {
    const jar = request.getStore()?.cookies ?? new Map<string, string>();
    return {
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    };
  },
}));

const SECRET = "integration-test-secret-0123456789abcdef";
process.env.AUTH_SECRET = SECRET;

/** The cookie Auth.js sets at sign-in for this session. */
async function sessionCookie(userId: string, sessionId: string, secret = SECRET) {
  const token = await encode({ token: { uid: userId, sid: sessionId }, secret, salt: SESSION_COOKIE });
  return new Map([[SESSION_COOKIE, token]]);
}

function inRequest<T>(cookies: Map<string, string>, fn: () => Promise<T>) {
  return request.run({ cookies, caches: new Map() }, fn);
}

type Org = Awaited<ReturnType<typeof createOrg>>;
let org: Org;
let recorder: ReturnType<typeof recordSql>;
const sessionLookups = (statements: Statement[]) => statements.filter((s) => s.text.includes(`from "user_sessions"`));

beforeAll(async () => {
  recorder = recordSql();
  org = await createOrg("Current User Org");
});
afterAll(closeConnections);

describe("the request's user", () => {
  it("is read with one session lookup per request, shared by layout, page and loaders", async () => {
    const member = await addMember(org, "edit");
    await db.update(users).set({ locale: "tr" }).where(eq(users.id, member.userId));
    const cookies = await sessionCookie(member.userId, await createSession(member.userId));
    let seen: unknown[] = [];
    const statements = await recorder.during(() =>
      inRequest(cookies, async () => {
        // Layout, page and the locale resolver ask concurrently; a loader asks again afterwards.
        seen = await Promise.all([getCurrentUser(), getCurrentUser(), findOrgContext(org.orgSlug).then((ctx) => ctx?.actor.userId)]);
        seen.push(await getCurrentUser());
      }),
    );
    const user = { id: member.userId, email: member.email, name: "User edit", locale: "tr", orgsVersion: expect.any(Number) };
    expect(seen).toEqual([user, user, member.userId, user]);
    expect(sessionLookups(statements)).toHaveLength(1);

    // The next request looks again: nothing is cached across requests.
    const next = await recorder.during(() => inRequest(cookies, () => getCurrentUser()));
    expect(sessionLookups(next)).toHaveLength(1);
  });

  it("is refused at the next request once the session is revoked (sign-out)", async () => {
    const member = await addMember(org, "view");
    const sessionId = await createSession(member.userId);
    const cookies = await sessionCookie(member.userId, sessionId);
    expect(await inRequest(cookies, () => getCurrentUser())).toMatchObject({ id: member.userId });
    await revokeSession(sessionId);
    expect(await inRequest(cookies, () => getCurrentUser())).toBeNull();
  });

  it("is refused in every other browser once the password is changed", async () => {
    const member = await addMember(org, "view");
    const elsewhere = await sessionCookie(member.userId, await createSession(member.userId));
    const here = await sessionCookie(member.userId, await createSession(member.userId));
    const user = await inRequest(here, async () => (await getCurrentUser())!);
    await changePassword(user, { current: PASSWORD, password: "Ceviz-Kabugu-2027", confirm: "Ceviz-Kabugu-2027" });
    expect(await inRequest(elsewhere, () => getCurrentUser())).toBeNull();
  });

  it("is signed out once the token expires, though this instance decrypted it before", async () => {
    const member = await addMember(org, "view");
    const token = await encode({
      token: { uid: member.userId, sid: await createSession(member.userId) },
      secret: SECRET,
      salt: SESSION_COOKIE,
      maxAge: 60,
    });
    const cookies = new Map([[SESSION_COOKIE, token]]);
    expect(await inRequest(cookies, () => getCurrentUser())).toMatchObject({ id: member.userId });
    // Auth.js checks the expiry on the machine's clock (with 15 s of tolerance); the test moves that
    // clock, not lib/clock.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 80_000 });
    try {
      expect(await inRequest(cookies, () => getCurrentUser())).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("is nobody without a cookie, or with a token not issued with this secret", async () => {
    const member = await addMember(org, "view");
    const forged = await sessionCookie(member.userId, await createSession(member.userId), "some-other-secret-0123456789abcdef");
    expect(await inRequest(new Map(), () => getCurrentUser())).toBeNull();
    expect(await inRequest(forged, () => getCurrentUser())).toBeNull();
  });
});
