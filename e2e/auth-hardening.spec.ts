import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { gotoReady, openMailLink, PASSWORD, signUp, uniqueEmail } from "./helpers";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)))),
  );
const load = (locale: string) => flatten(JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Tree);
const tr = load("tr");
const ro = load("ro");
const until = (text: string) => text.split("{")[0]!;

test("a wrong password shows the error at the form, announced and in the page's language", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "locale", value: "tr", url: baseURL! }]);
  // The page's timers run on a clock the test can move: a toast's life passes without waiting it out.
  await page.clock.install();
  await gotoReady(page, "/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "tr");
  await page.getByLabel(tr["auth.email"]!).fill(uniqueEmail("yanlis"));
  await page.getByLabel(tr["auth.password"]!, { exact: true }).fill("Yanlis-Sifre-2026");
  await page.getByRole("button", { name: tr["auth.signIn"]!, exact: true }).click();

  // At the form (not only in a toast that vanishes), as an alert, with focus on it.
  const alert = page.locator("form").getByRole("alert");
  await expect(alert).toHaveText(tr["errors.invalidCredentials"]!);
  await expect(alert).toBeFocused();
  await page.clock.runFor(6000);
  await expect(alert).toBeVisible();
  // The toaster's own region label speaks the page's language too.
  await expect(page.locator("section[aria-label]").first()).toHaveAttribute("aria-label", new RegExp(tr["common.notifications"]!));
});

test("callback URLs that lead off-site stay on-site, signed in or signing in", async ({ page, context, baseURL }) => {
  const site = new URL(baseURL!).host;
  let leftTheSite = false;
  await page.route(
    (url) => url.hostname.endsWith("evil.example"),
    (route) => {
      leftTheSite = true;
      return route.fulfill({ body: "evil" });
    },
  );
  const email = uniqueEmail("yonlendirme");
  const slug = await signUp(page, { name: "Ayla Demir", email, org: `Yönlendirme ${Date.now()}` });
  const attacks = ["%2F%5Cevil.example%2F", "%2F%09%2Fevil.example%2F", "/%09/evil.example/", "%2F%2Fevil.example", "https%3A%2F%2Fevil.example%2F"];

  // Signed in, /sign-in sends the user on at once.
  for (const attack of attacks) {
    await gotoReady(page, `/sign-in?callbackUrl=${attack}`);
    await page.waitForURL(`**/${slug}`);
    expect(new URL(page.url()).host).toBe(site);
  }

  // Signing in with the form.
  for (const attack of attacks.slice(0, 2)) {
    await context.clearCookies();
    await gotoReady(page, `/sign-in?callbackUrl=${attack}`);
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(`**/${slug}`);
    expect(new URL(page.url()).host).toBe(site);
  }
  expect(leftTheSite).toBe(false);
});

test("the invitation of a Romanian org is in Romanian for an English browser", async ({ page, browser, context, baseURL }) => {
  // A Romanian admin: their sign-up makes a Romanian org.
  await context.addCookies([{ name: "locale", value: "ro", url: baseURL! }]);
  const org = `Carpați Service ${Date.now()}`;
  await gotoReady(page, "/sign-up");
  await page.getByLabel(ro["auth.name"]!).fill("Ioana Popescu");
  await page.getByLabel(ro["auth.email"]!).fill(uniqueEmail("ioana"));
  await page.getByLabel(ro["auth.password"]!, { exact: true }).fill(PASSWORD);
  await page.getByLabel(ro["auth.orgName"]!).fill(org);
  await page.getByRole("button", { name: ro["auth.createAccount"]! }).click();
  await expect(page.getByRole("heading", { level: 1, name: org, exact: true })).toBeVisible();
  const slug = new URL(page.url()).pathname.split("/")[1]!;
  await gotoReady(page, `/${slug}/members`);
  const invitee = uniqueEmail("mihai");
  await page.getByLabel(ro["members.inviteEmail"]!).fill(invitee);
  await page.getByRole("button", { name: ro["members.invite"]! }).click();
  await expect(page.getByRole("table").getByText(invitee)).toBeVisible();

  // The invitee's browser speaks English and has never chosen a language.
  const english = await browser.newContext({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" } });
  const visitor = await english.newPage();
  await openMailLink(visitor, invitee, new RegExp(until(ro["emails.invitation.subject"]!)), ro["emails.invitation.button"]!);
  await expect(visitor.locator("html")).toHaveAttribute("lang", "ro");
  await expect(visitor.getByRole("heading", { name: ro["invite.joinOrg"]!.replace("{org}", org) })).toBeVisible();
  await expect(visitor.getByRole("button", { name: ro["invite.accept"]! })).toBeVisible();
  await expect(visitor.getByLabel(ro["auth.name"]!)).toBeVisible();
  await english.close();
});
