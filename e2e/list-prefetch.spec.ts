import { expect, type Page, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

// Issue 9, item 1: a dense list does not prefetch the page behind every visible row (next/link
// prefetches each link in the viewport: 25–45 RSC requests per customer-list view). Only intent —
// the pointer (moved there) or focus resting on one row — prefetches, and only that row.

// Enough rows that a viewport prefetch per row would show far above the bound of two.
const CUSTOMERS = 10;

/** Creates a customer (with its primary contact) through the create form. */
async function createCustomer(page: Page, slug: string, name: string) {
  await page.goto(`/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill(name);
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill(`${name} Kişi`);
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** Records every RSC request (prefetch or navigation) for a customer page; returns their customer ids. */
function watchCustomerPageRequests(page: Page, slug: string) {
  const ids: string[] = [];
  const customerPage = new RegExp(`^/${slug}/customers/([0-9a-f-]{36})$`);
  page.on("request", (request) => {
    const url = new URL(request.url());
    const id = customerPage.exec(url.pathname)?.[1];
    if (id && isPageRequest(request)) ids.push(id);
  });
  return ids;
}

const isPageRequest = (request: { url(): string; headers(): Record<string, string> }) => {
  const headers = request.headers();
  return new URL(request.url()).searchParams.has("_rsc") || !!headers["rsc"] || !!headers["next-router-prefetch"];
};

/** Every page prefetched (sidebar, header buttons, rows…) other than `own`, the list itself. */
function watchPrefetches(page: Page, own: string) {
  const paths: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path !== own && isPageRequest(request)) paths.push(path);
  });
  return paths;
}

/**
 * Waits until the page has settled: the network quiet and then the browser idle, by when
 * next/link's viewport prefetches would have been requested (they are counted when requested).
 */
async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 })));
}

test("a list view prefetches no row pages; resting on one row prefetches only that row", async ({ page }) => {
  test.setTimeout(240_000);
  const slug = await signUp(page, { name: "Derya Aksoy", email: uniqueEmail("derya"), org: `Önbellek Servis ${Date.now()}` });
  for (let i = 1; i <= CUSTOMERS; i++) await createCustomer(page, slug, `Müşteri ${String(i).padStart(2, "0")}`);

  const requested = watchCustomerPageRequests(page, slug);
  const prefetched = watchPrefetches(page, `/${slug}/customers`);
  // The pointer rests outside the list, as after arriving by the menu.
  await page.mouse.move(0, 0);
  await page.goto(`/${slug}/customers`);
  const table = page.getByRole("table", { name: "Customers" });
  await expect(table.locator("tbody tr")).toHaveCount(CUSTOMERS);
  await settle(page);
  expect(requested.length, `customer pages requested by a list view: ${requested.length}`).toBeLessThanOrEqual(2);
  // Nor the sidebar's sections or the header's buttons: at most two page prefetches in all.
  expect(prefetched.length, `pages prefetched by a list view: ${prefetched.join(", ")}`).toBeLessThanOrEqual(2);

  // Resting on one row prefetches that row's page, and no other.
  requested.length = 0;
  const link = table.getByRole("link", { name: "Müşteri 05", exact: true });
  const id = (await link.getAttribute("href"))!.split("/").pop()!;
  await link.hover();
  await expect.poll(() => requested.length).toBeGreaterThan(0);
  await settle(page);
  expect(new Set(requested)).toEqual(new Set([id]));

  // The link still navigates in the app (no full page load) and lands on the customer.
  await page.evaluate(() => ((window as unknown as { listMarker: number }).listMarker = 1));
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Müşteri 05" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { listMarker?: number }).listMarker)).toBe(1);

  // Rows that change under a pointer at rest are no intent: a search typed while the pointer stays
  // on the first row brings "Müşteri 10" under it, and its page is not prefetched.
  await page.goBack();
  await expect(table.locator("tbody tr")).toHaveCount(CUSTOMERS);
  const first = table.getByRole("link", { name: "Müşteri 01", exact: true });
  const firstId = (await first.getAttribute("href"))!.split("/").pop()!;
  requested.length = 0;
  await first.hover();
  await expect.poll(() => requested).toContain(firstId);
  requested.length = 0;
  await page.getByRole("searchbox").focus();
  await page.keyboard.type("Müşteri 1");
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table.getByRole("link", { name: "Müşteri 10", exact: true })).toBeVisible();
  // Chromium updates hover (and sends pointerover) at the frame after the rows change; two frames on,
  // any intent timer for the new row has started. Then a control: focus on a sidebar link starts the
  // same 100 ms intent timer later, so its prefetch is requested after the row's would have been.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const activities = page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Activities", exact: true });
  await activities.focus();
  await expect.poll(() => prefetched).toContain(`/${slug}/activities`);
  expect(requested, "rows prefetched under a resting pointer").toEqual([]);

  // The contacts list links every row to its customer: no storm there either.
  requested.length = 0;
  await page.mouse.move(0, 0);
  await page.goto(`/${slug}/contacts`);
  await expect(page.getByRole("table", { name: "Contacts" }).locator("tbody tr")).toHaveCount(CUSTOMERS);
  await settle(page);
  expect(requested.length, `customer pages requested by a contacts view: ${requested.length}`).toBeLessThanOrEqual(2);
});
