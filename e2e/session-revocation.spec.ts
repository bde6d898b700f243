import { expect, type Page, test } from "@playwright/test";
import { PASSWORD, gotoReady, signUp, uniqueEmail } from "./helpers";

const NEW_PASSWORD = "Ceviz-Kabugu-2027";

async function signIn(page: Page, email: string, password: string) {
  await gotoReady(page, "/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** A few navigations, so whatever a request can reuse (decoded session, org context, lists) is warm. */
async function browse(page: Page, slug: string) {
  for (const path of [`/${slug}/customers`, `/${slug}`, `/${slug}/customers`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
}

test("a revoked session is refused on its next request even with the session cache warm", async ({ page, browser }) => {
  const email = uniqueEmail("revoked");
  const slug = await signUp(page, { name: "Selin Kaya", email, org: "Revocation Ltd" });

  const laptop = await browser.newContext();
  const other = await laptop.newPage();
  await signIn(other, email, PASSWORD);
  await other.waitForURL(`**/${slug}`);
  await browse(other, slug);
  await browse(page, slug);

  // Changing the password here signs every other browser out.
  await gotoReady(page, `/${slug}/account`);
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Other devices were signed out.")).toBeVisible();

  // The other browser's very next request lands on sign-in, page and data alike.
  await other.goto(`/${slug}/customers`);
  await other.waitForURL(/\/sign-in/);
  await expect(other.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  const exported = await other.request.get(`/${slug}/customers/export?format=csv`, { maxRedirects: 0 });
  expect(exported.status()).toBe(401);

  // This browser signed in again with the new password and goes on working.
  await browse(page, slug);

  // Signing out here ends this session too: a copy of its cookie is refused at once.
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await page.waitForURL(/\/sign-in/);
  await laptop.clearCookies();
  await laptop.addCookies(cookies);
  await other.goto(`/${slug}/customers`);
  await other.waitForURL(/\/sign-in/);
  await laptop.close();
});
