import { expect, type Page, test } from "@playwright/test";
import { addDepartment, card, gotoReady, inviteMember, saveStructure, signUp, uniqueEmail } from "./helpers";

// Issue 10 (SPEC T6, T8): a manager sees their department's records only — the customers and
// service records their department's technician looks after, in the list, in search and in the
// service list; another member's customer and record are "not found", even by URL. And someone who
// left stays, named "(left)", as a customer's sales rep or authorised technician when its form or
// technician set is saved unchanged.

async function createCustomer(page: Page, slug: string, customer: { name: string; salesRep?: string }) {
  await gotoReady(page, `/${slug}/customers/new`);
  const company = page.getByRole("group", { name: "Company" });
  await company.getByLabel("Company name").fill(customer.name);
  if (customer.salesRep) await company.getByLabel("Sales rep").selectOption({ label: customer.salesRep });
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill(`${customer.name} Kişi`);
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: customer.name })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function createRecord(page: Page, customerPath: string, subject: string, assignee: string) {
  await gotoReady(page, customerPath);
  await card(page, "Service records").getByRole("link", { name: "New service record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New service record" })).toBeVisible();
  await page.getByLabel("Subject text").fill(subject);
  await page.getByRole("checkbox", { name: new RegExp(assignee) }).check();
  await page.getByRole("button", { name: "Create record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(subject) })).toBeVisible();
  return new URL(page.url()).pathname;
}

const customerRows = (page: Page) => page.getByRole("table", { name: "Customers" }).locator("tbody tr").getByRole("link");

test("a manager sees their department's customers and records only; people who left stay on an unchanged save", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const slug = await signUp(page, { name: "Selin Yönetici", email: uniqueEmail("selin"), org: `Departman ${Date.now()}` });
  const manager = await inviteMember(page, browser, slug, { name: "Mert Müdür", level: "Edit" });
  await (await inviteMember(page, browser, slug, { name: "Emre Teknisyen", level: "Contribute" })).context().close();
  await (await inviteMember(page, browser, slug, { name: "Oya Satış", level: "Edit" })).context().close();
  await (await inviteMember(page, browser, slug, { name: "Lale Ayrılan", level: "Edit" })).context().close();

  // The department: Mert manages it, Emre (a technician) works in it and reports to him.
  await addDepartment(page, slug, { en: "Technical Service", tr: "Teknik Servis" });
  await saveStructure(page, slug, "Mert Müdür", async (dialog) => {
    await dialog.getByLabel("Position").selectOption({ label: "Manager" });
    await dialog.getByLabel("Department").selectOption({ label: "Technical Service" });
  });
  await saveStructure(page, slug, "Emre Teknisyen", async (dialog) => {
    await dialog.getByLabel("Position").selectOption({ label: "Employee" });
    await dialog.getByLabel("Department").selectOption({ label: "Technical Service" });
    await expect(dialog.getByLabel("Reports to").locator("option:checked")).toHaveText("Mert Müdür");
    await dialog.getByRole("checkbox", { name: "Technician" }).check();
  });

  // Emre is authorised for Alfa Otel and assigned a record at Beta Kafe; Oya, outside the
  // department, holds Gama Market and its record.
  const alfa = await createCustomer(page, slug, { name: "Alfa Otel" });
  const beta = await createCustomer(page, slug, { name: "Beta Kafe" });
  const gama = await createCustomer(page, slug, { name: "Gama Market", salesRep: "Oya Satış" });
  await gotoReady(page, alfa);
  await page.getByRole("button", { name: "Change technicians" }).click();
  await page.getByRole("checkbox", { name: "Emre Teknisyen" }).check();
  await page.getByRole("button", { name: "Save technicians" }).click();
  await expect(page.getByRole("list", { name: "Authorised technicians" }).getByText("Emre Teknisyen")).toBeVisible();
  await createRecord(page, beta, "Kamera montajı", "Emre Teknisyen");
  const outsideRecord = await createRecord(page, gama, "Alarm bakımı", "Oya Satış");

  // The manager: Emre's customer in the list and in search, nothing of Oya's.
  await gotoReady(manager, `/${slug}/customers`);
  await expect(customerRows(manager)).toHaveText(["Alfa Otel"]);
  await expect(manager.getByText("1 customer", { exact: true })).toBeVisible();
  const search = manager.getByRole("searchbox", { name: "Search customers" });
  await search.fill("gama");
  await expect(manager.getByText("No customers match these filters")).toBeVisible();
  await search.fill("alfa");
  await expect(customerRows(manager)).toHaveText(["Alfa Otel"]);

  // The service list: Emre's record (at a customer the manager does not otherwise see), not Oya's.
  await gotoReady(manager, `/${slug}/service`);
  const records = manager.getByRole("table", { name: "Service records" });
  await expect(records.getByRole("link", { name: "Kamera montajı" })).toBeVisible();
  await expect(records.getByText("Alarm bakımı")).toHaveCount(0);
  await expect(manager.getByText("1 record", { exact: true })).toBeVisible();

  // By URL: Oya's customer and record are "not found", as another org's would be.
  await gotoReady(manager, gama);
  await expect(manager.getByRole("heading", { level: 1, name: "Customer not found" })).toBeVisible();
  await expect(manager.getByText("Gama Market")).toHaveCount(0);
  await gotoReady(manager, outsideRecord);
  await expect(manager.getByRole("heading", { level: 1, name: "Service record not found" })).toBeVisible();
  await expect(manager.getByText("Alarm bakımı")).toHaveCount(0);
  await manager.context().close();

  // SPEC T8: Lale is Delta Kafe's sales rep, then resigns. New customers no longer offer her; Delta
  // Kafe's form still shows her, marked, and saving it unchanged keeps her as its rep.
  const delta = await createCustomer(page, slug, { name: "Delta Kafe", salesRep: "Lale Ayrılan" });
  await gotoReady(page, `/${slug}/members`);
  await page.getByRole("button", { name: "Change employment of Lale Ayrılan" }).click();
  const panel = page.getByRole("group", { name: "Employment of Lale Ayrılan" });
  await panel.getByLabel("Employment status").selectOption("resigned");
  await panel.getByRole("button", { name: "Save" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Record resignation" }).click();
  await expect(page.getByText("Employment saved")).toBeVisible();

  await gotoReady(page, `/${slug}/customers/new`);
  const newRep = page.getByRole("group", { name: "Company" }).getByLabel("Sales rep");
  await expect(newRep.locator("option", { hasText: "Mert Müdür" })).toHaveCount(1);
  expect(await newRep.locator("option").allTextContents()).not.toContainEqual(expect.stringContaining("Lale"));
  await gotoReady(page, `${delta}/edit`);
  const rep = page.getByRole("group", { name: "Company" }).getByLabel("Sales rep");
  await expect(rep.locator("option:checked")).toHaveText("Lale Ayrılan (left)");
  await page.getByRole("group", { name: "Company" }).getByLabel("Referral", { exact: true }).fill("Fuar");
  // Not offered as the support rep, where she is not the saved value.
  expect(await page.getByLabel("Sales-support rep").locator("option").allTextContents()).not.toContainEqual(expect.stringContaining("Lale"));
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Customer saved")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${delta}$`));
  await expect(page.getByRole("definition").filter({ hasText: "Lale Ayrılan (left)" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Fuar$/ })).toBeVisible();

  // An authorised technician who resigns stays authorised, named "(left)", when the set is saved
  // with them still ticked; unticking hands the customer over.
  await gotoReady(page, `/${slug}/members`);
  await page.getByRole("button", { name: "Change employment of Emre Teknisyen" }).click();
  const emre = page.getByRole("group", { name: "Employment of Emre Teknisyen" });
  await emre.getByLabel("Employment status").selectOption("resigned");
  await emre.getByRole("button", { name: "Save" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Record resignation" }).click();
  await expect(page.getByText("Employment saved")).toBeVisible();
  await gotoReady(page, alfa);
  const authorised = page.getByRole("list", { name: "Authorised technicians" });
  await expect(authorised.getByRole("listitem")).toHaveText(["Emre Teknisyen (left)"]);
  await page.getByRole("button", { name: "Change technicians" }).click();
  await expect(page.getByRole("checkbox", { name: "Emre Teknisyen (left)" })).toBeChecked();
  await page.getByRole("button", { name: "Save technicians" }).click();
  await expect(page.getByText("Technicians saved")).toBeVisible();
  await expect(authorised.getByRole("listitem")).toHaveText(["Emre Teknisyen (left)"]);
  await page.getByRole("button", { name: "Change technicians" }).click();
  await page.getByRole("checkbox", { name: "Emre Teknisyen (left)" }).uncheck();
  await page.getByRole("button", { name: "Save technicians" }).click();
  await expect(page.getByText("No authorised technicians.")).toBeVisible();
  // Handed over, he is not offered again.
  await page.getByRole("button", { name: "Change technicians" }).click();
  await expect(page.getByRole("button", { name: "Save technicians" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Emre Teknisyen/ })).toHaveCount(0);
});
