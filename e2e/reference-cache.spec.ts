import { expect, type Page, test } from "@playwright/test";
import { gotoReady, signUp, uniqueEmail } from "./helpers";
import { startSecondInstance } from "./second-instance";

// Issue 9, item 5: per-org reference data is cached per server instance and is never stale after
// a write on another instance. Instance A is the e2e server; B is a second server on the same
// database, warmed before the write.

const regionsCard = (page: Page) => page.locator("section").filter({ has: page.getByRole("heading", { name: "Regions", exact: true }) });

/** The region filter's choices on the customer list. */
const regionChoices = (page: Page) =>
  page
    .getByLabel("Region", { exact: true })
    .locator("option")
    .evaluateAll((options) => options.map((o) => o.textContent?.trim()));

test("a region renamed in Settings on one instance shows renamed on the other at its next page load", async ({ page }) => {
  const second = await startSecondInstance();
  try {
    const slug = await signUp(page, { name: "Elif Kaya", email: uniqueEmail("elif"), org: `Önbellek ${Date.now()}` });
    await gotoReady(page, `/${slug}/settings`);
    const newRegion = regionsCard(page).locator("form").last();
    await newRegion.getByLabel("English").fill("Marmara");
    await newRegion.getByRole("button", { name: "Add" }).click();
    await expect(regionsCard(page).locator("form").first().getByLabel("English")).toHaveValue("Marmara");

    // B, signed in by the same cookie, loads (and caches) the region list.
    await gotoReady(page, `${second.url}/${slug}/customers`);
    await expect.poll(() => regionChoices(page)).toContain("Marmara");

    // Renamed on A…
    await gotoReady(page, `/${slug}/settings`);
    const item = regionsCard(page).locator("form").first();
    await item.getByLabel("English").fill("Marmara Region");
    await item.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved").first()).toBeVisible();

    // …and B's very next page load shows the new name, and only it.
    await gotoReady(page, `${second.url}/${slug}/customers`);
    const choices = await regionChoices(page);
    expect(choices).toContain("Marmara Region");
    expect(choices).not.toContain("Marmara");
  } finally {
    await second.stop();
  }
});
