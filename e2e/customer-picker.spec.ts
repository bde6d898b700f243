import { expect, type Page, test } from "@playwright/test";
import { gotoReady, signUp, uniqueEmail } from "./helpers";

// Issue 8, item 15: four companies called "Mavi Yazılım Ltd." are told apart in every customer
// picker by their account code and region.

async function addRegion(page: Page, slug: string, label: string) {
  // A fresh page each time: a refresh after the previous add could clear what is typed next.
  await gotoReady(page, `/${slug}/settings`);
  const card = page.locator("section").filter({ has: page.getByRole("heading", { name: "Regions", exact: true }) });
  const form = card.locator("form").last();
  await form.getByLabel("English").fill(label);
  await form.getByRole("button", { name: "Add" }).click();
  // Saved once the list shows it as an item of its own.
  await expect.poll(() => card.getByLabel("English").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toContain(label);
}

async function createCustomer(page: Page, slug: string, code: string, region: string) {
  await gotoReady(page, `/${slug}/customers/new`);
  const company = page.getByRole("group", { name: "Company" });
  await company.getByLabel("Company name").fill("Mavi Yazılım Ltd.");
  await company.getByLabel("Account code").fill(code);
  await company.getByLabel("Region").selectOption({ label: region });
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill(`Yetkili ${code}`);
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mavi Yazılım Ltd." })).toBeVisible();
}

test("same-named customers show their account code and region in the service form's and the report's pickers", async ({ page }) => {
  const slug = await signUp(page, { name: "Zeynep Arslan", email: uniqueEmail("zeynep"), org: `Seçici ${Date.now()}` });
  await addRegion(page, slug, "Ankara");
  await addRegion(page, slug, "Aegean");
  await createCustomer(page, slug, "MV-001", "Ankara");
  await createCustomer(page, slug, "MV-002", "Aegean");

  await gotoReady(page, `/${slug}/service/new`);
  const picker = page.getByRole("combobox", { name: "Customer", exact: true });
  await picker.fill("Mavi");
  const options = page.getByRole("listbox").getByRole("option");
  // Same names sort in no particular order among themselves; each one carries its code and region.
  await expect(options).toHaveCount(2);
  await expect(options.filter({ hasText: /^Mavi Yazılım Ltd\.\s*MV-001 · Ankara$/ })).toHaveCount(1);
  await expect(options.filter({ hasText: /^Mavi Yazılım Ltd\.\s*MV-002 · Aegean$/ })).toHaveCount(1);
  await options.filter({ hasText: "MV-002" }).click();
  await expect(page.getByRole("definition").filter({ hasText: "MV-002" })).toBeVisible();

  await gotoReady(page, `/${slug}/reports/customer`);
  const reportPicker = page.getByRole("combobox", { name: "Customer", exact: true });
  await reportPicker.fill("Mavi");
  const reportOptions = page.getByRole("listbox").getByRole("option");
  await expect(reportOptions).toHaveCount(2);
  await expect(reportOptions.filter({ hasText: "MV-001 · Ankara" })).toHaveCount(1);
  await expect(reportOptions.filter({ hasText: "MV-002 · Aegean" })).toHaveCount(1);
});
