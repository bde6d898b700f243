import { expect, type Page, test } from "@playwright/test";
import { gotoReady, inviteMember, saveStructure, signUp, uniqueEmail } from "./helpers";

// Issue 10 (SPEC T5, T7, T9): a technician on a phone sees only the customers they are authorised
// for — in the list, in search and in Report 1's picker — and a dealer's staff member adds a
// customer under the dealer and cannot reach a sibling dealer's customer by search or by URL.

async function createCustomer(page: Page, slug: string, customer: { name: string; type?: string; parent?: string }) {
  await gotoReady(page, `/${slug}/customers/new`);
  const company = page.getByRole("group", { name: "Company" });
  await company.getByLabel("Company name").fill(customer.name);
  if (customer.type) await company.getByLabel("Type").selectOption({ label: customer.type });
  if (customer.parent) {
    await page.getByRole("combobox", { name: "Parent company" }).fill(customer.parent);
    await page
      .getByRole("listbox")
      .getByRole("option", { name: new RegExp(customer.parent) })
      .click();
  }
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill(`${customer.name} Kişi`);
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: customer.name })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function authorise(page: Page, customerPath: string, technician: string) {
  await gotoReady(page, customerPath);
  await page.getByRole("button", { name: "Change technicians" }).click();
  await page.getByRole("checkbox", { name: technician }).check();
  await page.getByRole("button", { name: "Save technicians" }).click();
  await expect(page.getByRole("list", { name: "Authorised technicians" }).getByText(technician)).toBeVisible();
}

const rowNames = (page: Page) => page.getByRole("table", { name: "Customers" }).locator("tbody tr").getByRole("link");

test("a technician sees only their customers; a dealer's staff work inside the dealer's sub-tree", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const slug = await signUp(page, { name: "Ayla Yönetici", email: uniqueEmail("ayla"), org: `Görünürlük ${Date.now()}` });
  const alfa = await createCustomer(page, slug, { name: "Alfa Otel" });
  const beta = await createCustomer(page, slug, { name: "Beta Kafe" });
  await createCustomer(page, slug, { name: "Gama Market" });
  await createCustomer(page, slug, { name: "Delta Bayi", type: "Dealer" });
  await createCustomer(page, slug, { name: "Epsilon Bayi", type: "Dealer" });
  const sibling = await createCustomer(page, slug, { name: "Epsilon Müşteri", parent: "Epsilon Bayi" });

  const technician = await inviteMember(page, browser, slug, { name: "Tekin Teknisyen", level: "Contribute", viewport: { width: 375, height: 800 } });
  const dealerStaff = await inviteMember(page, browser, slug, { name: "Bora Bayi", level: "Edit" });
  await saveStructure(page, slug, "Tekin Teknisyen", (dialog) => dialog.getByRole("checkbox", { name: "Technician" }).check());
  await saveStructure(page, slug, "Bora Bayi", (dialog) =>
    dialog
      .getByLabel("Partner company")
      .selectOption({ label: "Delta Bayi" })
      .then(() => undefined),
  );
  await authorise(page, alfa, "Tekin Teknisyen");
  await authorise(page, beta, "Tekin Teknisyen");

  // The technician, on a 375 px phone: two customers in the list, none found outside them.
  await gotoReady(technician, `/${slug}/customers`);
  await expect(rowNames(technician)).toHaveText(["Alfa Otel", "Beta Kafe"]);
  await expect(technician.getByText("2 customers")).toBeVisible();
  await technician.getByRole("searchbox", { name: "Search customers" }).fill("gama");
  await expect(technician.getByText("No customers match these filters")).toBeVisible();
  await gotoReady(technician, `/${slug}/reports/customer`);
  const picker = technician.getByRole("combobox", { name: "Customer", exact: true });
  await picker.fill("a");
  await expect(technician.getByRole("listbox").getByRole("option")).toHaveText([/Alfa Otel/, /Beta Kafe/]);
  expect(await technician.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  // The dealer's staff: the dealer and what they add below it; the sibling dealer's customer is not found.
  await gotoReady(dealerStaff, `/${slug}/customers`);
  await expect(rowNames(dealerStaff)).toHaveText(["Delta Bayi"]);
  const added = await createCustomer(dealerStaff, slug, { name: "Deniz Kafe" });
  await expect(dealerStaff.getByText("Delta Bayi").first()).toBeVisible();
  await gotoReady(dealerStaff, `/${slug}/customers`);
  await expect(rowNames(dealerStaff)).toHaveText(["Delta Bayi", "Deniz Kafe"]);
  await dealerStaff.getByRole("searchbox", { name: "Search customers" }).fill("epsilon");
  await expect(dealerStaff.getByText("No customers match these filters")).toBeVisible();
  // By URL: the same "not found" as another org's customer (the page streams, so the status is not the signal).
  await gotoReady(dealerStaff, sibling);
  await expect(dealerStaff.getByRole("heading", { level: 1, name: "Customer not found" })).toBeVisible();
  await expect(dealerStaff.getByText("Epsilon Müşteri")).toHaveCount(0);

  // The admin sees everything, the dealer's new customer placed below the dealer.
  await gotoReady(page, added);
  await expect(page.getByRole("heading", { level: 1, name: "Deniz Kafe" })).toBeVisible();
  await technician.context().close();
  await dealerStaff.context().close();
});
