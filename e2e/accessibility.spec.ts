import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { gotoReady, openMailLink, signUp, uniqueEmail } from "./helpers";

// Issue 8, item 26: axe finds no serious or critical violation on the main pages — sign-in, the
// customer list and record, the service list and record, and the customer's approval page — in
// the light and the dark theme. The record is real: created, started and completed through the
// UI, its approval link taken from the mailbox the way the customer would open it.

const THEMES = ["light", "dark"] as const;

async function scanInBothThemes(page: Page, where: string) {
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    // next-themes follows the system scheme; wait until the page has switched.
    await expect(page.locator("html")).toHaveClass(theme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
    await expectNoSeriousAxeViolations(page, `${where} (${theme})`);
  }
}

test("the main pages have no serious or critical accessibility violations, light and dark", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const customerEmail = uniqueEmail("office");
  const slug = await signUp(page, { name: "Ada Erişim", email: uniqueEmail("ada"), org: "Mavi Yazılım Servis" });

  await gotoReady(page, `/${slug}/customers/new`);
  const company = page.getByRole("group", { name: "Company" });
  await company.getByLabel("Company name").fill("Vision Cam SRL");
  await company.getByLabel("E-mail").fill(customerEmail);
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Andrei Marin");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vision Cam SRL" })).toBeVisible();
  const customerUrl = page.url();

  await page.getByRole("link", { name: "New service record" }).click();
  await page.getByLabel("Subject text").fill("Install a video camera");
  await page.getByRole("button", { name: "Create record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Install a video camera/ })).toBeVisible();
  const recordUrl = page.url();
  // The idle record page: the timer shows its grey 00:00, the header has no running timer.
  await scanInBothThemes(page, "service record, new");

  await page.getByRole("button", { name: "Start work", exact: true }).click();
  await expect(page.getByText("In progress", { exact: true }).first()).toBeVisible();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.getByRole("button", { name: "Stop", exact: true }).first()).toBeVisible();
  // Running: the header shows the timer pill on every page from here on.
  await scanInBothThemes(page, "service record, timer running");

  await gotoReady(page, `/${slug}/customers`);
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  await scanInBothThemes(page, "customer list");

  await gotoReady(page, customerUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Vision Cam SRL" })).toBeVisible();
  await scanInBothThemes(page, "customer record");

  await gotoReady(page, `/${slug}/service`);
  await expect(page.getByRole("table", { name: "Service records" })).toBeVisible();
  await scanInBothThemes(page, "service list");

  await gotoReady(page, recordUrl);
  await page.getByRole("button", { name: "Stop", exact: true }).first().click();
  await expect(page.getByRole("button", { name: "Start", exact: true })).toBeVisible();
  await page.getByLabel("Result").fill("Camera installed over the entrance and tested.");
  await page.getByRole("button", { name: "Complete and send report" }).click();
  await expect(page.getByText(`Completed. The report was sent to ${customerEmail}.`)).toBeVisible();
  await scanInBothThemes(page, "service record, completed");

  const customerContext = await browser.newContext();
  const customer = await customerContext.newPage();
  await openMailLink(customer, customerEmail, /Service report/, "Review and approve");
  await expect(customer.getByRole("button", { name: "Approve service" })).toBeVisible();
  await scanInBothThemes(customer, "approval page");

  await gotoReady(customer, "/sign-in");
  await expect(customer.getByRole("button", { name: "Sign in" })).toBeVisible();
  await scanInBothThemes(customer, "sign-in");
  await customerContext.close();
});
