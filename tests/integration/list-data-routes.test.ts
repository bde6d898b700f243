import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as contactRows } from "@/app/(app)/[org]/contacts/data/route";
import { GET as customerCount } from "@/app/(app)/[org]/customers/data/count/route";
import { GET as customerRows } from "@/app/(app)/[org]/customers/data/route";
import { GET as serviceCount } from "@/app/(app)/[org]/service/data/count/route";
import { GET as serviceRows } from "@/app/(app)/[org]/service/data/route";
import { SESSION_COOKIE } from "@/lib/auth/read-session";
import { createSession } from "@/lib/auth/sessions";
import { createCustomer } from "@/lib/customers/create-customer";
import { addMember, createOrg } from "./factories";
import { closeConnections } from "./helpers";

// Issue 9, item 2: the lists' data routes answer exactly what their pages would show — the same
// session, org context and verb guard — and refuse what the pages refuse.

/** The cookies of the request being handled (route handlers read them through next/headers). */
let jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  }),
  headers: async () => new Headers({ "accept-language": "tr" }),
}));

const SECRET = "integration-test-secret-0123456789abcdef";
process.env.AUTH_SECRET = SECRET;

type Route = (request: Request, context: { params: Promise<{ org: string }> }) => Promise<Response>;

async function signedInAs(userId: string | null) {
  jar = new Map();
  if (!userId) return;
  const sid = await createSession(userId);
  jar.set(SESSION_COOKIE, await encode({ token: { uid: userId, sid }, secret: SECRET, salt: SESSION_COOKIE }));
}

async function call(route: Route, slug: string, search = "") {
  const response = await route(new Request(`http://localhost/${slug}/x/data${search}`), { params: Promise.resolve({ org: slug }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, cache: response.headers.get("cache-control") };
}

const customerInput = (name: string) => ({ name, type: "customer", status: "first_contact", contact: { name: `${name} Kişi` } }) as const;

type Org = Awaited<ReturnType<typeof createOrg>>;
let a: Org;
let b: Org;

beforeAll(async () => {
  a = await createOrg("Data Routes A");
  b = await createOrg("Data Routes B");
  for (const name of ["İstanbul Bayi", "Ankara Servis"]) await createCustomer(a.ctx, customerInput(name));
  await createCustomer(b.ctx, customerInput("İstanbul Rakip"));
});
afterAll(closeConnections);

describe("a list's data route", () => {
  it("answers the page's rows for the page's query, private to the browser", async () => {
    await signedInAs(a.userId);
    const all = await call(customerRows, a.orgSlug);
    expect(all.status).toBe(200);
    expect(all.cache).toContain("no-store");
    expect((all.body.rows as { name: string }[]).map((r) => r.name)).toEqual(["Ankara Servis", "İstanbul Bayi"]);
    const searched = await call(customerRows, a.orgSlug, "?q=ist");
    expect((searched.body.rows as { name: string }[]).map((r) => r.name)).toEqual(["İstanbul Bayi"]);
    // Rows only: the count is its own route, so typing never waits for it.
    expect(searched.body).not.toHaveProperty("total");
    expect((await call(customerCount, a.orgSlug, "?q=ist")).body).toEqual({ count: 1 });
    const contacts = await call(contactRows, a.orgSlug, "?q=ankara");
    expect((contacts.body.rows as { name: string }[]).map((r) => r.name)).toEqual(["Ankara Servis Kişi"]);
    expect((await call(serviceRows, a.orgSlug)).body).toEqual({ rows: [], nextCursor: null });
    expect((await call(serviceCount, a.orgSlug)).body).toEqual({ count: 0 });
  });

  it("refuses another org's slug as if it did not exist, and never leaks its rows", async () => {
    await signedInAs(a.userId);
    for (const route of [customerRows, customerCount, contactRows, serviceRows, serviceCount]) {
      const answer = await call(route, b.orgSlug, "?q=ist");
      expect(answer.status).toBe(404);
      expect(JSON.stringify(answer.body)).not.toContain("Rakip");
    }
    expect((await call(customerRows, "no-such-org")).status).toBe(404);
  });

  it("refuses a member below the page's level, like the page", async () => {
    const none = await addMember(a, "none");
    await signedInAs(none.userId);
    for (const route of [customerRows, customerCount, contactRows, serviceRows, serviceCount]) {
      expect((await call(route, a.orgSlug)).status).toBe(403);
    }
    const viewer = await addMember(a, "view");
    await signedInAs(viewer.userId);
    expect((await call(customerRows, a.orgSlug)).status).toBe(200);
    expect((await call(serviceRows, a.orgSlug)).status).toBe(200);
  });

  it("answers 401 without a session, so the list reloads into sign-in", async () => {
    await signedInAs(null);
    for (const route of [customerRows, customerCount, contactRows, serviceRows, serviceCount]) {
      expect((await call(route, a.orgSlug)).status).toBe(401);
    }
  });
});
