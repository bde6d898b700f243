import { expect, test } from "@playwright/test";
import { gotoReady, signUp, uniqueEmail } from "./helpers";

// SPEC G1 and C2's tags: an admin sets up tags and renames a lifecycle status; the customer form,
// record, list and its filter all use them.
test("an admin adds a tag and renames a status; customers are tagged and filtered by it", async ({ page }) => {
  const slug = await signUp(page, { name: "Mihai Pop", email: uniqueEmail("mihai"), org: `Etichete ${Date.now()}` });

  await gotoReady(page, `/${slug}/settings`);
  const card = (title: string) => page.locator("section").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
  const tags = card("Tags");
  const newTag = tags.locator("form").last();
  await newTag.getByLabel("English").fill("Key account");
  await newTag.getByLabel("Türkçe").fill("Kilit müşteri");
  await newTag.getByRole("button", { name: "Add" }).click();
  await expect(tags.getByLabel("English").first()).toHaveValue("Key account");

  // The product's label shows as the placeholder until the org types its own.
  const potential = page.getByRole("form", { name: "Potential" });
  await expect(potential.getByLabel("English")).toHaveAttribute("placeholder", "Potential");
  await potential.getByLabel("English").fill("Warm lead");
  await potential.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved").first()).toBeVisible();

  await gotoReady(page, `/${slug}/customers/new`);
  const company = page.getByRole("group", { name: "Company" });
  await company.getByLabel("Company name").fill("Carpați Tehnic SRL");
  await company.getByLabel("Lifecycle status").selectOption({ label: "Warm lead" });
  const tagButton = company.getByRole("button", { name: "Key account" });
  await tagButton.click();
  await expect(tagButton).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Ioana Rusu");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Carpați Tehnic SRL" })).toBeVisible();
  const details = card("Details");
  await expect(details).toContainText("Key account");
  await expect(details).toContainText("Warm lead");

  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Untagged Ltd");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Can Demir");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Untagged Ltd" })).toBeVisible();

  await gotoReady(page, `/${slug}/customers`);
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(3);
  await page.getByLabel("Tag", { exact: true }).selectOption({ label: "Key account" });
  await expect(page).toHaveURL(/[?&]tag=[0-9a-f-]{36}/);
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("Carpați Tehnic SRL");
  await expect(table).toContainText("Warm lead");
});
