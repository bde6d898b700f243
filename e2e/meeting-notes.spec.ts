import { expect, test } from "@playwright/test";
import { gotoReady, signUp, uniqueEmail } from "./helpers";

// Issue 13 item 8 (SPEC W5, seed 004 "Görüşme Notları"): a meeting note written from the
// customer's page with a contact met and outcome "appointment" opens the appointment form
// prefilled — the customer, the next weekday at the meeting's time, the note linked. New orgs are
// in Istanbul's zone. Clashes, new contacts and filters are covered in
// tests/integration/meeting-notes.test.ts.

const ZONE = "Europe/Istanbul";

/** The next Monday–Friday after today in Istanbul, as YYYY-MM-DD (lib/meeting-notes/meeting-slot.ts followUpStart). */
function nextWeekday() {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date());
  const day = new Date(`${today}T12:00:00Z`);
  do day.setUTCDate(day.getUTCDate() + 1);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  return day.toISOString().slice(0, 10);
}

test("a meeting note with outcome 'appointment' opens the appointment form prefilled", async ({ page }) => {
  const slug = await signUp(page, { name: "Aylin Görüşme", email: uniqueEmail("aylin"), org: `Görüşme ${Date.now()}` });
  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Marmara Klima Ltd.");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Hakan Demir");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Marmara Klima Ltd." })).toBeVisible();

  await page.getByRole("link", { name: "New meeting note" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New meeting note" })).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await expect(page.getByRole("combobox", { name: "Customer" })).toHaveValue("Marmara Klima Ltd.");
  await page.getByLabel("Time", { exact: true }).fill("14:30");
  await page.getByRole("checkbox", { name: "Hakan Demir" }).check();
  await expect(page.getByRole("checkbox", { name: "Aylin Görüşme" })).toBeChecked();
  await page.getByLabel("Outcome").selectOption({ label: "Appointment" });
  await page.getByLabel("Summary").fill("Yeni klima keşfi istendi");
  await page.getByRole("button", { name: "Save note" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "New appointment" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Customer" })).toHaveValue("Marmara Klima Ltd.");
  await expect(page.getByLabel("Title")).toHaveValue("Marmara Klima Ltd.: Yeni klima keşfi istendi");
  await expect(page.getByLabel("Date")).toHaveValue(nextWeekday());
  await expect(page.getByLabel("Start time")).toHaveValue("14:30");
  await expect(page.getByRole("checkbox", { name: "Aylin Görüşme" })).toBeChecked();
});
