import { expect, test } from "@playwright/test";
import { gotoReady, signUp, uniqueEmail } from "./helpers";

// Issue 8, item 13: phone numbers typed without a +country code follow the org's phone country,
// a setting defaulted from its language: a Romanian org accepts "0268 123 456".

test("a Romanian org stores 0268 123 456 as +40 268 123 456; without a phone country the form asks for the code", async ({ page }) => {
  const slug = await signUp(page, { name: "Andreea Pop", email: uniqueEmail("andreea"), org: `Brașov Service ${Date.now()}` });

  // Signed up in English: no phone country yet, so a national number is refused next to the field.
  await gotoReady(page, `/${slug}/customers/new`);
  const company = page.getByRole("group", { name: "Company" });
  await company.getByLabel("Company name").fill("Carpați Tehnic SRL");
  await company.getByLabel("Phone", { exact: true }).fill("0268 123 456");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Ioana Rusu");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(company.getByText("Enter the number with its country code")).toBeVisible();

  await gotoReady(page, `/${slug}/settings`);
  const setting = page.getByLabel("Phone numbers without a country code");
  await expect(setting.locator("option:checked")).toHaveText("None: every number needs its country code");
  await setting.selectOption({ label: "Romania (+40)" });
  await page.getByRole("button", { name: "Save changes" }).first().click();
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  await gotoReady(page, `/${slug}/customers/new`);
  await company.getByLabel("Company name").fill("Carpați Tehnic SRL");
  await company.getByLabel("Phone", { exact: true }).fill("0268 123 456");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Ioana Rusu");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Phone").fill("0722 123 456");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Carpați Tehnic SRL" })).toBeVisible();
  await expect(page.getByRole("link", { name: "+40 268 123 456" })).toHaveAttribute("href", "tel:+40268123456");
  await expect(page.getByRole("link", { name: "+40 722 123 456" })).toHaveAttribute("href", "tel:+40722123456");
});
