import { expect, test } from "@playwright/test";
import { gotoReady, signUp, uniqueEmail } from "./helpers";

// Issue 13 items 1–2 (SPEC W1, C4): the quick-create shortcut on a customer's page makes a task
// for that customer; due yesterday it is Overdue there, and marked done it moves to Completed,
// shown as done late. New orgs are in Istanbul's zone, where the due time is typed.

function istanbulYesterdayAt(time: string) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Istanbul" }).format(new Date());
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return `${day.toISOString().slice(0, 10)}T${time}`;
}

test("N on a customer's page creates its task; overdue, then done, it moves to Completed", async ({ page }) => {
  const slug = await signUp(page, { name: "Deniz Görev", email: uniqueEmail("deniz"), org: `Görev ${Date.now()}` });
  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Güney Lojistik A.Ş.");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Elif Aydın");
  await page.getByRole("button", { name: "Create customer" }).click();
  const heading = page.getByRole("heading", { level: 1, name: "Güney Lojistik A.Ş." });
  await expect(heading).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });

  // The shortcut is shown in the header, and works from the page (not from a text field).
  await expect(page.getByRole("button", { name: /New task/ }).first()).toHaveAttribute("aria-keyshortcuts", "n");
  await heading.click();
  await page.keyboard.press("n");
  const dialog = page.getByRole("dialog", { name: "New task or issue" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("combobox", { name: "Customer" })).toHaveValue("Güney Lojistik A.Ş.");
  await dialog.getByLabel("Title").fill("Sevkiyat belgelerini gönder");
  await dialog.getByLabel("Due").fill(istanbulYesterdayAt("10:00"));
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Created “Sevkiyat belgelerini gönder”")).toBeVisible();

  const overdue = page.getByRole("region", { name: /^Overdue/ });
  const completed = page.getByRole("region", { name: /^Completed/ });
  await expect(overdue.getByRole("link", { name: "Sevkiyat belgelerini gönder" })).toBeVisible();
  await expect(completed).toContainText("Nothing here.");

  await overdue.getByRole("button", { name: "Mark done: Sevkiyat belgelerini gönder" }).click();
  await expect(completed.getByRole("link", { name: "Sevkiyat belgelerini gönder" })).toBeVisible();
  await expect(completed).toContainText("late");
  await expect(overdue).toContainText("Nothing here.");
});
