import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { card, gotoReady, signUp, uniqueEmail } from "./helpers";

// Seed 000's "Destek" form (SPEC S3): choosing the customer starts the clock while the operator
// types; the running timer shows in the header; saving files the record. Then the record's
// thread takes a message with an attachment (S4) and people are assigned after filing.

test("quick support entry times a phone call, files it, and the record takes a message with a file and new assignees", async ({ page }) => {
  const slug = await signUp(page, { name: "Deniz Destek", email: uniqueEmail("deniz"), org: `Destek ${Date.now()}` });
  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Delta Yazılım A.Ş.");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Selin Kaya");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delta Yazılım A.Ş." })).toBeVisible();

  await gotoReady(page, `/${slug}/service`);
  await page.getByRole("link", { name: "Quick support entry" }).click();
  await expect(page.getByText("The clock starts when you choose a customer.")).toBeVisible();
  await page.getByRole("combobox", { name: "Customer" }).fill("delta");
  await page.getByRole("option", { name: /Delta Yazılım A\.Ş\./ }).click();

  // The clock runs at once, and the header shows it on every page until it stops.
  await expect(page.getByText("The clock is running.")).toBeVisible();
  const headerTimer = page.getByRole("link", { name: /^Timer running on #\d+/ });
  await expect(headerTimer).toBeVisible();
  await page.getByLabel("Contact person").selectOption({ label: "Selin Kaya" });
  await page.getByLabel("Subject").fill("Printer driver over the phone");
  await page.getByLabel("What was done / result").fill("Installed the driver remotely and printed a test page.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Support entry #\d+ saved\./)).toBeVisible();
  await expect(headerTimer).toHaveCount(0);

  // The record is in the Service list with the time on it.
  await gotoReady(page, `/${slug}/service`);
  await page.getByRole("table", { name: "Service records" }).getByRole("link", { name: "Printer driver over the phone" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Printer driver over the phone/ })).toBeVisible();
  await expect(card(page, "Time")).toContainText("Deniz Destek");

  // An internal message with a file; the file downloads under its name.
  const thread = card(page, "Messages");
  await thread.getByLabel("New message").fill("Customer sent the error screenshot.");
  await thread.locator('input[type="file"]').setInputFiles({
    name: "hata.png",
    mimeType: "image/png",
    buffer: Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"),
  });
  await thread.getByRole("button", { name: "Send" }).click();
  await expect(thread.getByText("Customer sent the error screenshot.")).toBeVisible();
  const downloading = page.waitForEvent("download");
  await thread
    .getByRole("list", { name: "Attachments" })
    .getByRole("link", { name: /hata\.png/ })
    .click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("hata.png");
  expect(
    readFileSync((await download.path())!)
      .subarray(1, 4)
      .toString(),
  ).toBe("PNG");

  // People can be assigned after filing too; the new assignee is e-mailed.
  const assignees = card(page, "Assigned people");
  await expect(assignees).toContainText("Nobody is assigned yet.");
  await assignees.getByRole("button", { name: "Change assignees" }).click();
  await assignees.getByRole("checkbox", { name: "Deniz Destek" }).check();
  await assignees.getByRole("button", { name: "Save and notify" }).click();
  await expect(page.getByText("Assignees saved. New people were e-mailed.")).toBeVisible();
  await expect(assignees.getByRole("listitem").filter({ hasText: "Deniz Destek" })).toContainText(/awaiting|pending/i);
});
