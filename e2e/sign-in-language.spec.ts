import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { gotoReady, PASSWORD, signUp, uniqueEmail } from "./helpers";

// Issue 8, item 12: the first page after signing in speaks one language, <html lang> included.

type Catalogue = { nav: Record<string, string>; shell: Record<string, string>; auth: Record<string, unknown> };
const load = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Catalogue;
const en = load("en");
const tr = load("tr");

test("a member of a Turkish org sees a Turkish first page after sign-in: menu, content and lang", async ({ page, context }) => {
  const email = uniqueEmail("turkce");
  const org = `Türkçe Giriş ${Date.now()}`;
  const slug = await signUp(page, { name: "Deniz Yıldız", email, org });
  // The org speaks Turkish; the member keeps the automatic language (the org's, then the browser's).
  await gotoReady(page, `/${slug}/settings`);
  await page.getByLabel("Default language").selectOption("tr");
  await page.getByRole("button", { name: "Save changes" }).first().click();
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await gotoReady(page, `/${slug}/account`);
  await page.getByRole("main").getByLabel("Language").selectOption("");
  await page.getByRole("main").getByRole("button", { name: "Save changes" }).first().click();
  await expect(page.getByRole("link", { name: tr.nav.customers!, exact: true }).first()).toBeVisible();

  // Signed out, with no language cookie, the English browser gets an English sign-in page.
  await context.clearCookies();
  await gotoReady(page, "/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`**/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: org, exact: true })).toBeVisible();

  // The first page, before any further navigation.
  await expect(page.locator("html")).toHaveAttribute("lang", "tr");
  const menu = page.getByRole("navigation", { name: tr.shell.mainNavigation! });
  await expect(menu.getByRole("link", { name: tr.nav.customers!, exact: true })).toBeVisible();
  for (const key of ["overview", "customers", "contacts", "members", "settings"] as const) {
    await expect(page.getByRole("link", { name: en.nav[key]!, exact: true }), `English menu item "${en.nav[key]}"`).toHaveCount(0);
  }
  await expect(page.getByRole("button", { name: tr.shell.userMenu! })).toBeVisible();

  // Signing out loads the sign-in page afresh: it and its <html> speak the browser's language.
  await page.getByRole("button", { name: tr.shell.userMenu! }).click();
  await page.getByRole("menuitem", { name: tr.shell.signOut! }).click();
  await page.waitForURL("**/sign-in");
  await expect(page.getByRole("heading", { name: en.auth.signInTitle as string })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
