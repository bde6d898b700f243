import { expect, type Page, test } from "@playwright/test";
import { gotoReady, signUp, uniqueEmail } from "./helpers";

// The contacts list journey (SPEC C6): every contact of the org in one list, opened from the
// sidebar; search that ignores case and Turkish/Romanian letters and lives in the URL with the
// status filter (so a reload or a bookmark shows the same view); each row leads to its customer.

/** Creates a customer and its primary contact through the create form; returns the customer's path. */
async function createCustomer(page: Page, slug: string, name: string, contact: { name: string; email?: string; phone?: string }) {
  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill(name);
  const person = page.getByRole("group", { name: "Primary contact" });
  await person.getByLabel("Name").fill(contact.name);
  if (contact.email) await person.getByLabel("E-mail").fill(contact.email);
  if (contact.phone) await person.getByLabel("Phone", { exact: true }).fill(contact.phone);
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

const table = (page: Page) => page.getByRole("table", { name: "Contacts" });
/** The contact name of each row, in order (a row also links its customer, e-mail and phone). */
const rowNames = (page: Page) => table(page).locator("tbody tr td:first-child").getByRole("link");
const row = (page: Page, name: string) =>
  table(page)
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name, exact: true }) });

test("find a contact across customers by search and status, keep the view in the URL, open the customer", async ({ page }) => {
  const slug = await signUp(page, { name: "Elif Kaya", email: uniqueEmail("elif"), org: `Kişi Servis ${Date.now()}` });

  const isikPath = await createCustomer(page, slug, "Işık Elektrik", { name: "Ayşe Yılmaz", email: "ayse@isik.com.tr", phone: "+90 532 111 22 33" });
  // A second, passive contact of the same customer, added on its record.
  await page.getByRole("button", { name: "Add contact" }).click();
  const dialog = page.getByRole("dialog", { name: "New contact" });
  await dialog.getByLabel("Name").fill("Şükrü Çelik");
  await dialog.getByLabel("Active").uncheck();
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Contacts" })).toContainText("Şükrü Çelik");
  await createCustomer(page, slug, "Carpați Instal SRL", { name: "Ștefan Munteanu" });

  // Opened from the sidebar: everyone, by name, with their customer.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Contacts", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contacts" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/${slug}/contacts$`));
  // (Where Ş and Ș sort is the database collation's business, so only membership is checked.)
  await expect(rowNames(page)).toHaveCount(3);
  const ayse = row(page, "Ayşe Yılmaz");
  await expect(ayse).toContainText("Primary");
  await expect(ayse).toContainText("Işık Elektrik");
  await expect(ayse.getByRole("link", { name: "+90 532 111 22 33" })).toHaveAttribute("href", "tel:+905321112233");
  await expect(ayse.getByRole("link", { name: "ayse@isik.com.tr" })).toHaveAttribute("href", "mailto:ayse@isik.com.tr");
  await expect(row(page, "Şükrü Çelik")).toContainText("Passive");
  await expect(row(page, "Şükrü Çelik")).not.toContainText("Primary");
  await expect(row(page, "Ștefan Munteanu")).toContainText("Carpați Instal SRL");

  // Search with Turkish capitals: debounced into the URL, accent- and case-insensitive.
  const search = page.getByRole("searchbox", { name: "Search contacts" });
  await search.fill("AYŞE");
  await expect(page).toHaveURL((url) => url.searchParams.get("q") === "AYŞE");
  await expect(rowNames(page)).toHaveText(["Ayşe Yılmaz"]);
  // …and without the Turkish letters.
  await search.fill("sukru celik");
  await expect(page).toHaveURL((url) => url.searchParams.get("q") === "sukru celik");
  await expect(rowNames(page)).toHaveText(["Şükrü Çelik"]);

  // The status filter joins the search in the URL; a reload (a bookmark) shows the same view.
  await search.fill("");
  await expect(page).toHaveURL((url) => !url.searchParams.has("q"));
  await page.getByLabel("Status").selectOption({ label: "Passive only" });
  await expect(page).toHaveURL((url) => url.searchParams.get("status") === "passive");
  await expect(rowNames(page)).toHaveText(["Şükrü Çelik"]);
  await search.fill("ayşe");
  await expect(page.getByText("No contacts match these filters")).toBeVisible();
  await expect(page).toHaveURL((url) => url.searchParams.get("q") === "ayşe" && url.searchParams.get("status") === "passive");
  await page.reload();
  await expect(page.getByText("No contacts match these filters")).toBeVisible();
  await expect(search).toHaveValue("ayşe");
  await expect(page.getByLabel("Status")).toHaveValue("passive");

  // Clearing the filters empties the search box as well.
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/contacts$`));
  await expect(rowNames(page)).toHaveCount(3);
  await expect(search).toHaveValue("");

  // A row leads to its customer.
  await search.fill("ayse");
  await expect(rowNames(page)).toHaveText(["Ayşe Yılmaz"]);
  await rowNames(page).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Işık Elektrik" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${isikPath}$`));
});
