import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, expect, test } from "@playwright/test";
import { Webhook } from "svix";
import { PASSWORD, signUp, uniqueEmail } from "./helpers";

// Who is "this machine" and who is "the network". The e2e server (scripts/e2e-server.ts) is bound
// to 127.0.0.1 with TRUSTED_PROXIES=127.0.0.2. The browser, at 127.0.0.1, is a direct local
// client. A stand-in reverse proxy connects from 127.0.0.2 and appends X-Forwarded-For for a
// client on the network (203.0.113.7), as nginx would. A client at 127.0.0.3 is direct but not a
// trusted proxy, so whatever X-Forwarded-For it sends is its own. No traffic leaves loopback.

const port = Number(process.env.E2E_PORT ?? 3100);
const PROXY_ADDRESS = "127.0.0.2";
const UNTRUSTED_ADDRESS = "127.0.0.3";
const NETWORK_CLIENT = "203.0.113.7";
const DEVELOPMENT_SECRET = `whsec_${Buffer.from("servio-development-inbound-secret").toString("base64")}`;

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request to the e2e server from a chosen loopback address. */
function send(localAddress: string, path: string, options: { method?: string; headers?: http.OutgoingHttpHeaders; body?: string } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port, localAddress, path, method: options.method ?? "GET", headers: { host: `localhost:${port}`, ...options.headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

/** A reverse proxy on 127.0.0.1 that forwards to the app from 127.0.0.2 as a network client's. */
async function startNetworkProxy() {
  const server = http.createServer((req, res) => {
    const forwardedFor = [req.headers["x-forwarded-for"], NETWORK_CLIENT].filter(Boolean).join(", ");
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port,
        localAddress: PROXY_ADDRESS,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, "x-forwarded-for": forwardedFor },
      },
      (response) => {
        res.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(res);
      },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let proxy: Awaited<ReturnType<typeof startNetworkProxy>>;
test.beforeAll(async () => {
  proxy = await startNetworkProxy();
});
test.afterAll(async () => {
  await proxy.close();
});

/** Requests a password reset for `email` on this machine; returns the reset e-mail's mailbox path. */
async function resetEmailFor(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/forgot-password");
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText("a reset link is on its way")).toBeVisible();
  await page.goto("/mailbox");
  const link = page.getByRole("link", { name: new RegExp(`Reset your Servio password[\\s\\S]*${email.replace(/[.]/g, "\\.")}`) }).first();
  await expect(link).toBeVisible();
  const path = (await link.getAttribute("href"))!;
  await context.close();
  return path;
}

test("the development mailbox opens on this machine only; a network client is refused it, however it dresses up", async ({ page, browser }) => {
  const email = uniqueEmail("victim");
  await signUp(page, { name: "Vera Victim", email, org: `Mailbox ${Date.now()}` });
  const emailPath = await resetEmailFor(browser, email);

  // On this machine the reset link can be read (that is what the demo's mailbox is for).
  const local = await browser.newContext();
  const localPage = await local.newPage();
  await localPage.goto(emailPath);
  await expect(
    localPage.getByRole("navigation", { name: "Links in this e-mail" }).getByRole("link", { name: "Choose a new password" }),
  ).toBeVisible();
  await local.close();

  // Through the proxy, an anonymous client on the network, plain or claiming to be local.
  const disguises: Record<string, string>[] = [
    {},
    { "X-Forwarded-For": "127.0.0.1", "X-Real-IP": "127.0.0.1", "X-Servio-Client-Address": "127.0.0.1" },
  ];
  for (const extraHTTPHeaders of disguises) {
    const network = await browser.newContext({ baseURL: proxy.origin, extraHTTPHeaders });
    const networkPage = await network.newPage();
    await networkPage.goto("/mailbox");
    await expect(networkPage.getByRole("heading", { name: "Access denied" })).toBeVisible();
    await expect(networkPage.getByText(email)).toHaveCount(0);
    await networkPage.goto(emailPath);
    await expect(networkPage.getByRole("heading", { name: "Access denied" })).toBeVisible();
    await expect(networkPage.getByRole("link", { name: "Choose a new password" })).toHaveCount(0);
    await network.close();
  }

  // A local client sending X-Forwarded-For is still local: the header is ignored from an
  // untrusted peer, in either direction.
  const spoofer = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": NETWORK_CLIENT } });
  const spooferPage = await spoofer.newPage();
  await spooferPage.goto("/mailbox");
  await expect(spooferPage.getByRole("heading", { name: "Development mailbox", level: 1 })).toBeVisible();
  await spoofer.close();
});

test("inbound mail signed with the development secret is accepted from this machine only", async () => {
  const signed = () => {
    const body = JSON.stringify({
      type: "email.received",
      created_at: new Date().toISOString(),
      data: {
        email_id: `e2e-${randomUUID()}`,
        created_at: new Date().toISOString(),
        from: "x@example.test",
        to: [`reply+${randomUUID().replace(/-/g, "")}@inbound.servio.local`],
        text: "Accept",
      },
    });
    const id = `msg_${randomUUID()}`;
    const at = new Date();
    const headers = {
      "content-type": "application/json",
      "svix-id": id,
      "svix-timestamp": String(Math.floor(at.getTime() / 1000)),
      "svix-signature": new Webhook(DEVELOPMENT_SECRET).sign(id, at, body),
    };
    return { method: "POST", headers, body };
  };
  const local = await send("127.0.0.1", "/api/inbound/email", signed());
  expect(local.status).toBe(200);
  const delivery = signed();
  const fromNetwork = await send(PROXY_ADDRESS, "/api/inbound/email", {
    ...delivery,
    headers: { ...delivery.headers, "x-forwarded-for": NETWORK_CLIENT },
  });
  expect(fromNetwork.status).toBe(503);
  expect(fromNetwork.body).toContain("inbound mail is not configured");
});

test("a new X-Forwarded-For on every guess does not escape the sign-in limit", async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("target");
  await signUp(page, { name: "Tara Target", email, org: `Guessing ${Date.now()}` });

  /** Auth.js's credentials sign-in as a script would post it; returns the outcome code. */
  async function guess(from: string, password: string, forwardedFor?: string) {
    const csrf = await send(from, "/api/auth/csrf");
    const cookie = ([] as string[])
      .concat(csrf.headers["set-cookie"] ?? [])
      .map((c) => c.split(";")[0])
      .join("; ");
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const response = await send(from, "/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }).toString(),
    });
    expect(response.status).toBe(302);
    return new URL(String(response.headers.location), `http://localhost:${port}`).searchParams.get("code") ?? "none";
  }

  const outcomes: string[] = [];
  for (let i = 0; i < 60; i++) outcomes.push(await guess(UNTRUSTED_ADDRESS, `wrong-guess-${i}`, `198.51.100.${i + 1}`));
  // The first few are plain failures; once the limit is reached every further guess is refused.
  expect(outcomes.slice(0, 3)).toEqual(["credentials", "credentials", "credentials"]);
  expect(outcomes.slice(-20)).toEqual(Array(20).fill("signInBlocked"));
  // The limit held the guesser's own address (the socket's), not one bucket everyone shares.
  expect(await guess("127.0.0.4", "wrong-once")).toBe("credentials");
});

test("signing up and in at http://127.0.0.1 (not localhost) reaches the org", async ({ browser }) => {
  const email = uniqueEmail("loopback");
  const org = `Loopback ${Date.now()}`;
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
  const page = await context.newPage();
  // Sign-up signs in and redirects through Auth.js: with AUTH_URL forced to localhost it went to
  // the other host, without the cookie, and showed an empty sign-in page.
  await signUp(page, { name: "Lale Loopback", email, org });
  expect(new URL(page.url()).host).toBe(`127.0.0.1:${port}`);

  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to Servio" })).toBeVisible();
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: org, exact: true })).toBeVisible();
  expect(new URL(page.url()).host).toBe(`127.0.0.1:${port}`);
  await context.close();
});
