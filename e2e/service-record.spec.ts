import { expect, test } from "@playwright/test";
import { addPicklistEntry, gotoReady, signUp, uniqueEmail } from "./helpers";

// The service record journey (SPEC S1, S2): filed from a customer's page with type, priority and a
// planned window; found in the Service list by a bookmarkable status filter; started; edited.

test("file a service record from a customer's page, find it in the list, start it and edit it", async ({ page }) => {
  const slug = await signUp(page, { name: "Elena Ionescu", email: uniqueEmail("elena"), org: `Intervenții ${Date.now()}` });

  await gotoReady(page, `/${slug}/settings`);
  await addPicklistEntry(page, "Service types", "Installation");
  await addPicklistEntry(page, "Priorities", "Low");

  await gotoReady(page, `/${slug}/customers/new`);
  const company = page.getByRole("group", { name: "Company" });
  await company.getByLabel("Company name").fill("Vision Cam SRL");
  await company.getByLabel("Account code").fill("VC-7");
  await company.getByLabel("E-mail").fill("office@visioncam.test");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Andrei Marin");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vision Cam SRL" })).toBeVisible();
  const records = page.locator("section").filter({ has: page.getByRole("heading", { name: "Service records", exact: true }) });
  await expect(records.getByText("No service records yet.")).toBeVisible();

  // From the customer's page the form opens with the customer chosen and its details shown (S2).
  await records.getByRole("link", { name: "New service record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New service record" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Customer", exact: true })).toHaveValue("Vision Cam SRL");
  const details = page.getByRole("definition").filter({ hasText: "VC-7" });
  await expect(details).toBeVisible();
  await expect(page.getByRole("link", { name: "office@visioncam.test" })).toBeVisible();
  await expect(page.getByLabel("Contact person").locator("option:checked")).toHaveText("Andrei Marin");

  await page.getByLabel("Service type").selectOption({ label: "Installation" });
  await page.getByLabel("Priority").selectOption({ label: "Low" });
  await page.getByLabel("Request date").fill("2015-02-27");
  // The end before the start is caught next to the field, and nothing typed is lost.
  await page.getByLabel("Planned start").fill("2015-03-06T17:00");
  await page.getByLabel("Planned end").fill("2015-03-02T09:00");
  await page.getByRole("button", { name: "Create record" }).click();
  await expect(page.getByText("This field is required.")).toBeVisible();
  await expect(page.getByText("The end must not be before the start.")).toBeVisible();
  await expect(page.getByLabel("Service type").locator("option:checked")).toHaveText("Installation");

  await page.getByLabel("Subject text").fill("Install a video camera");
  await page.getByLabel("Planned start").fill("2015-03-02T09:00");
  await page.getByLabel("Planned end").fill("2015-03-06T17:00");
  await page.getByLabel("Description").fill("One camera over the warehouse entrance.");
  await page.getByRole("button", { name: "Create record" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /Install a video camera/ })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/${slug}/service/[0-9a-f-]{36}$`));
  const recordUrl = page.url();
  await expect(page.getByText("New", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Vision Cam SRL" }).first()).toBeVisible();

  // The Service list, narrowed by status through the filter menu: the URL carries the view.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Service", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Service records" })).toBeVisible();
  await page.getByRole("button", { name: "Status" }).click();
  await page.getByRole("menuitemcheckbox", { name: "In progress" }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/status=in_progress/);
  await expect(page.getByText("No records match these filters")).toBeVisible();

  // A bookmarked view opens as it was saved.
  await gotoReady(page, `/${slug}/service?status=new`);
  const table = page.getByRole("table", { name: "Service records" });
  await expect(table.getByRole("row").filter({ hasText: "Install a video camera" })).toContainText("Installation");
  await expect(table.getByRole("row").filter({ hasText: "Install a video camera" })).toContainText("Low");
  await table.getByRole("link", { name: "Install a video camera" }).click();
  await expect(page).toHaveURL(recordUrl);

  // Start work: the status moves and the list follows.
  await page.getByRole("button", { name: "Start work", exact: true }).click();
  await expect(page.getByText("Work started")).toBeVisible();
  await expect(page.getByText("In progress", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Start work", exact: true })).toHaveCount(0);
  await gotoReady(page, `/${slug}/service?status=in_progress`);
  await expect(page.getByRole("table", { name: "Service records" }).getByRole("link", { name: "Install a video camera" })).toBeVisible();

  // Edit: the planned window comes back as typed; a changed subject is saved.
  await gotoReady(page, recordUrl);
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Edit record #\d+/ })).toBeVisible();
  await expect(page.getByLabel("Planned start")).toHaveValue("2015-03-02T09:00");
  await expect(page.getByLabel("Planned end")).toHaveValue("2015-03-06T17:00");
  await page.getByLabel("Subject text").fill("Install two video cameras");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(recordUrl);
  await expect(page.getByText("Record saved")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: /Install two video cameras/ })).toBeVisible();

  // The customer's page lists the record.
  await page.getByRole("link", { name: "Vision Cam SRL" }).first().click();
  await expect(page.getByRole("list", { name: "Service records" }).getByRole("link", { name: /Install two video cameras/ })).toBeVisible();

  // In lira and Turkish, the completion form's fee reads as money reads everywhere else
  // (₺1.500,00), the report goes to the company since the contact has no e-mail, and the fee
  // typed the Turkish way is stored.
  await gotoReady(page, `/${slug}/settings`);
  const orgSettings = page.locator("form").filter({ has: page.getByLabel("Currency") });
  await orgSettings.getByLabel("Currency").selectOption("TRY");
  await orgSettings.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await gotoReady(page, recordUrl);
  await page.getByLabel("Language").selectOption("tr");
  const completion = page.locator("section").filter({ has: page.getByRole("heading", { name: "Tamamlama ve onay", exact: true }) });
  const fee = completion.getByLabel("Ücret");
  await fee.fill("1500");
  await fee.blur();
  await expect(fee).toHaveValue("1.500,00");
  await expect(completion.getByText("₺", { exact: true })).toBeVisible();
  await expect(completion.getByLabel("Raporun gönderileceği adres")).toHaveValue("office@visioncam.test");
  await completion.getByLabel("Sonuç").fill("İki kamera takıldı.");
  await completion.getByRole("button", { name: "Tamamla ve raporu gönder" }).click();
  await expect(page.getByText("Tamamlandı. Rapor office@visioncam.test adresine gönderildi.")).toBeVisible();
  await expect(page.getByText("₺1.500,00").first()).toBeVisible();
});
