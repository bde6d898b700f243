import { expect, test } from "@playwright/test";
import { gotoReady, signUp, uniqueEmail } from "./helpers";

// Issue 8, items 3 and 5: a text field refuses more than it can sensibly hold next to the field,
// and a NUL byte in a list's URL (`?q=%00`, a forged cursor) lists normally instead of an error page.

test("a too-long website is refused next to the field; ?q=%00 lists customers, contacts and the export normally", async ({ page }) => {
  const slug = await signUp(page, { name: "Elif Kaya", email: uniqueEmail("elif"), org: `Sınır Servis ${Date.now()}` });

  await gotoReady(page, `/${slug}/customers/new`);
  const company = page.getByRole("group", { name: "Company" });
  await company.getByLabel("Company name").fill("Nul Müşteri");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Ayşe Demir");
  const website = company.getByLabel("Website");
  await website.fill(`${"a".repeat(2100)}.com`);
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(website).toHaveAttribute("aria-invalid", "true");
  await expect(website).toHaveAccessibleDescription("This is too long.");
  await expect(page).toHaveURL(new RegExp(`/${slug}/customers/new$`));

  await website.fill("nul.example.com");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nul Müşteri" })).toBeVisible();

  for (const path of [`/${slug}/customers?q=%00`, `/${slug}/customers?q=Nul%00&after=%00`, `/${slug}/contacts?q=%00&cursor=%00`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(
      page
        .getByRole("table")
        .getByRole("link", { name: path.includes("contacts") ? "Ayşe Demir" : "Nul Müşteri" })
        .first(),
    ).toBeVisible();
  }

  const exported = await page.request.get(`/${slug}/customers/export?q=%00`);
  expect(exported.status()).toBe(200);
  expect(await exported.text()).toContain("Nul Müşteri");
});
