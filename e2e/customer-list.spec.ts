import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { gotoReady, signUp, uniqueEmail } from "./helpers";

// The customer list journey (SPEC C1): filters, search, sort and columns live in the URL (so a
// reload or a shared link shows the same view), keyboard selection with the activity preview,
// and the CSV export of the filtered view.

/** Creates a customer through the create form (the list has no shortcut into the database). */
async function createCustomer(page: Page, slug: string, customer: { name: string; type: string; phone?: string }) {
  await gotoReady(page, `/${slug}/customers/new`);
  const company = page.getByRole("group", { name: "Company" });
  await company.getByLabel("Company name").fill(customer.name);
  await company.getByLabel("Type").selectOption({ label: customer.type });
  if (customer.phone) await company.getByLabel("Phone", { exact: true }).fill(customer.phone);
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill(`${customer.name} Contact`);
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: customer.name })).toBeVisible();
}

const rowNames = (page: Page) => page.getByRole("table", { name: "Customers" }).locator("tbody tr").getByRole("link");

test("filter, search, sort and pick columns through the URL, preview by keyboard, export the view", async ({ page }) => {
  const slug = await signUp(page, { name: "Elif Kaya", email: uniqueEmail("elif"), org: `Liste Servis ${Date.now()}` });
  const list = `/${slug}/customers`;

  await gotoReady(page, list);
  await expect(page.getByText("No customers yet")).toBeVisible();

  await createCustomer(page, slug, { name: "Ahenk Bayi", type: "Dealer" });
  await createCustomer(page, slug, { name: "Boğaz Servis", type: "Customer" });
  await createCustomer(page, slug, { name: "Çınar Bayi", type: "Dealer", phone: "+90 532 111 22 33" });

  await gotoReady(page, list);
  await expect(page.getByText("3 customers")).toBeVisible();
  await expect(rowNames(page)).toHaveText(["Ahenk Bayi", "Boğaz Servis", "Çınar Bayi"]);

  // A type filter narrows the list and lands in the URL.
  await page.getByRole("button", { name: /^Type/ }).click();
  await page.getByRole("menuitemcheckbox", { name: "Dealer", exact: true }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/[?&]type=dealer(&|$)/);
  await expect(rowNames(page)).toHaveText(["Ahenk Bayi", "Çınar Bayi"]);
  await expect(page.getByText("2 customers")).toBeVisible();

  // Newest first by the Created header; hiding a column; both survive a reload (a bookmark).
  await page.getByRole("button", { name: /^Created/ }).click();
  await expect(page).toHaveURL(/sort=created&dir=desc/);
  await expect(rowNames(page)).toHaveText(["Çınar Bayi", "Ahenk Bayi"]);
  await page.getByRole("button", { name: /Columns/ }).click();
  await page.getByRole("menuitemcheckbox", { name: "Phone", exact: true }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/cols=name,type,status,created/);
  await page.reload();
  await expect(rowNames(page)).toHaveText(["Çınar Bayi", "Ahenk Bayi"]);
  await expect(page.getByRole("columnheader", { name: "Phone" })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: /Created/ })).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByRole("button", { name: /^Type/ })).toContainText("1");

  // Search (accent- and case-insensitive) is debounced into the URL as well.
  await page.getByRole("searchbox", { name: "Search customers" }).fill("cinar");
  await expect(page).toHaveURL(/q=cinar/);
  await expect(rowNames(page)).toHaveText(["Çınar Bayi"]);
  await page.getByRole("searchbox", { name: "Search customers" }).fill("zzz");
  await expect(page.getByText("No customers match these filters")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(rowNames(page)).toHaveCount(3);
  await expect(page).not.toHaveURL(/type=|q=/);
  await expect(page.getByRole("searchbox", { name: "Search customers" })).toHaveValue("");

  // Keyboard: the rows are one Tab stop, arrows move the selection, the preview follows it.
  // (The pointer is moved off the table first: resting on a row would preview that row instead.)
  await page.mouse.move(0, 0);
  await page.getByRole("button", { name: /^Type/ }).click();
  await page.getByRole("menuitemcheckbox", { name: "Dealer", exact: true }).click();
  await page.keyboard.press("Escape");
  await expect(rowNames(page)).toHaveText(["Çınar Bayi", "Ahenk Bayi"]);
  await page.getByRole("button", { name: /^Created/ }).focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  const preview = page.getByRole("complementary", { name: "Customer preview" });
  await expect(preview.getByRole("heading", { name: "Ahenk Bayi" })).toBeVisible();
  await expect(preview).toContainText("Elif Kaya created the customer");

  // Export: every row of the filtered view, all columns, formula-safe but phones intact; the
  // menu offers CSV and an .xlsx workbook.
  await page.getByRole("button", { name: "Export" }).click();
  await expect(page.getByRole("menuitem")).toHaveText(["CSV for Excel", "Excel workbook (.xlsx)"]);
  const downloading = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "CSV for Excel" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8");
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe("Name,Account code,Type,Status,Region,Tags,Phone,E-mail,Created");
  expect(lines.slice(1).map((line) => line.split(",").slice(0, 3).join(","))).toEqual(["Çınar Bayi,,Dealer", "Ahenk Bayi,,Dealer"]);
  expect(lines[1]).toContain(",+905321112233,");

  await page.getByRole("button", { name: "Export" }).click();
  const downloadingXlsx = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Excel workbook (.xlsx)" }).click();
  const xlsx = await downloadingXlsx;
  expect(xlsx.suggestedFilename()).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await xlsx.path())!);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).getCell(1).value).toBe("Name");
  expect([sheet.getRow(2).getCell(1).value, sheet.getRow(3).getCell(1).value]).toEqual(["Çınar Bayi", "Ahenk Bayi"]);
  expect(sheet.getRow(2).getCell(7).value).toBe("+905321112233");

  // Enter opens the selected customer.
  await page.locator("tbody tr").nth(1).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Ahenk Bayi" })).toBeVisible();
});
