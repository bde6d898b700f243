import { expect, type Page, test } from "@playwright/test";
import { gotoReady, signUp, uniqueEmail } from "./helpers";

// Issue 9, item 2: after the first, server-rendered page a list's interactions are data — the
// rows come from the list's data route, the URL follows with the History API, Back/Forward and a
// reload show the same view, and a slow answer to an older search never overwrites a newer one.

async function createCustomer(page: Page, slug: string, name: string) {
  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill(name);
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill(`${name} Kişi`);
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

const rowNames = (page: Page) => page.getByRole("table", { name: "Customers" }).locator("tbody tr").getByRole("link");

/** Requests for the customer list: full renders (RSC or document) and data-route calls, by kind. */
function watchList(page: Page, slug: string) {
  const seen = { renders: 0, data: [] as string[] };
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === `/${slug}/customers/data`) seen.data.push(url.searchParams.get("q") ?? "");
    else if (url.pathname === `/${slug}/customers` && (request.headers()["rsc"] || request.resourceType() === "document")) seen.renders++;
  });
  return seen;
}

// Names sort by code point for now (C collation): "Kısa" before "İstanbul".
test("search, filters and Back/Forward on the customer list are served as data; stale answers never win", async ({ page }) => {
  test.setTimeout(120_000);
  const slug = await signUp(page, { name: "Nur Aydın", email: uniqueEmail("nur"), org: `Veri Liste ${Date.now()}` });
  for (const name of ["İstanbul Bayi", "İzmir İstasyon", "Kısa Ltd", "Ankara Ltd"]) await createCustomer(page, slug, name);

  await gotoReady(page, `/${slug}/customers`);
  await expect(rowNames(page)).toHaveText(["Ankara Ltd", "Kısa Ltd", "İstanbul Bayi", "İzmir İstasyon"]);
  const seen = watchList(page, slug);

  // Typing like a person: the rows ask once typing pauses, rows and URL follow, no page render.
  const search = page.getByRole("searchbox", { name: "Search customers" });
  await search.pressSequentially("ist", { delay: 60 });
  await expect(rowNames(page)).toHaveText(["İstanbul Bayi", "İzmir İstasyon"]);
  await expect(page).toHaveURL(/[?&]q=ist(&|$)/);
  await expect(page.getByText("2 customers")).toBeVisible();
  expect(seen.data.at(-1)).toBe("ist");

  // A status filter adds a history entry of its own.
  await page.getByRole("button", { name: /^Status/ }).click();
  await page.getByRole("menuitemcheckbox", { name: "In talks", exact: true }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/status=in_talks/);
  await expect(page.getByText("No customers match these filters")).toBeVisible();

  // Back restores the previous rows (search only), Back again the whole list; Forward returns.
  await page.goBack();
  await expect(page).not.toHaveURL(/status=/);
  await expect(rowNames(page)).toHaveText(["İstanbul Bayi", "İzmir İstasyon"]);
  await expect(search).toHaveValue("ist");
  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
  await expect(rowNames(page)).toHaveText(["Ankara Ltd", "Kısa Ltd", "İstanbul Bayi", "İzmir İstasyon"]);
  await expect(search).toHaveValue("");
  await expect(page.getByText("4 customers")).toBeVisible();
  await page.goForward();
  await expect(rowNames(page)).toHaveText(["İstanbul Bayi", "İzmir İstasyon"]);
  expect(seen.renders, "interactions re-rendered the page on the server").toBe(0);

  // A reload of the URL renders the same view on the server.
  await page.reload();
  await expect(rowNames(page)).toHaveText(["İstanbul Bayi", "İzmir İstasyon"]);
  await expect(search).toHaveValue("ist");

  // A slow answer to "is" arrives after the answer to "ist": the rows stay those of "ist".
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  let releaseSlow!: () => void;
  const slowReleased = new Promise<void>((resolve) => (releaseSlow = resolve));
  let slowDone!: () => void;
  const slowAnswered = new Promise<void>((resolve) => (slowDone = resolve));
  const dataFor = (q: string) => (url: URL) => url.pathname === `/${slug}/customers/data` && url.searchParams.get("q") === q;
  await page.route(dataFor("is"), async (route) => {
    await slowReleased;
    // Aborted by the list when "ist" was asked for; either way the answer must not show.
    await route.continue().catch(() => undefined);
    slowDone();
  });
  await search.fill("");
  await search.pressSequentially("is");
  await expect.poll(() => seen.data.at(-1)).toBe("is");
  await search.pressSequentially("t");
  await expect(rowNames(page)).toHaveText(["İstanbul Bayi", "İzmir İstasyon"]);
  releaseSlow();
  await slowAnswered;
  await expect(page).toHaveURL(/[?&]q=ist(&|$)/);
  await expect(rowNames(page)).toHaveText(["İstanbul Bayi", "İzmir İstasyon"]);
  await page.unroute(dataFor("is"));

  // A failed request keeps the rows, says so, and retries on request.
  let fail = true;
  await page.route(dataFor("kısa"), (route) => (fail ? route.fulfill({ status: 503, body: "" }) : route.continue()));
  await search.fill("kısa");
  const failure = page.getByRole("alert").filter({ hasText: "The list could not be updated" });
  await expect(failure).toBeVisible();
  await expect(rowNames(page)).toHaveText(["İstanbul Bayi", "İzmir İstasyon"]);
  fail = false;
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(rowNames(page)).toHaveText(["Kısa Ltd"]);
  await expect(failure).toHaveCount(0);
});
