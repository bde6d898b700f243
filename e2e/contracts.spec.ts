import { expect, test } from "@playwright/test";
import { card, gotoReady, signUp, uniqueEmail } from "./helpers";

// Issue 11 (SPEC K1): an admin adds a contract ending in 5 days with notify-before 7; the list,
// the contract page, the customer page and the service form all show it as "Expiring soon". Then
// a lunch break goes into the default business calendar. New orgs are in Istanbul's zone.

/** A day relative to today in Istanbul, as the date input takes it. */
function istanbulDay(offset: number) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Istanbul" }).format(new Date());
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offset);
  return day.toISOString().slice(0, 10);
}

test("a contract ending in 5 days with notify-before 7 is expiring soon everywhere it shows", async ({ page }) => {
  const slug = await signUp(page, { name: "Ece Sözleşme", email: uniqueEmail("ece"), org: `Sözleşme ${Date.now()}` });
  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Kuzey Enerji A.Ş.");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Murat Yıldız");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kuzey Enerji A.Ş." })).toBeVisible();
  // The customer page offers a new contract for this customer.
  await card(page, "Contracts").getByRole("link", { name: "New contract" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New contract" })).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await expect(page.getByRole("combobox", { name: "Customer" })).toHaveValue("Kuzey Enerji A.Ş.");

  await page.getByLabel("Type").selectOption({ label: "SLA" });
  await page.getByLabel("Name", { exact: true }).fill("Kuzey SLA 2027");
  await page.getByLabel("Start", { exact: true }).fill(istanbulDay(-30));
  await page.getByLabel("End of the initial term").fill(istanbulDay(5));
  await page.getByLabel("Notify days before the end").fill("7");
  await page.getByRole("button", { name: "Add contract" }).click();

  // The list: the row with its state.
  const table = page.getByRole("table", { name: "Contracts" });
  const row = table.getByRole("row").filter({ hasText: "Kuzey SLA 2027" });
  await expect(row).toContainText("Expiring soon");
  // The "expiring soon" filter keeps it; "expired" does not.
  await page.getByLabel("State").selectOption({ label: "Expired" });
  await expect(page.getByText("No contracts match")).toBeVisible();
  await page.getByLabel("State").selectOption({ label: "Expiring soon" });
  await expect(row).toBeVisible();

  // The contract page.
  await row.getByRole("link", { name: "Kuzey SLA 2027" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kuzey SLA 2027" })).toBeVisible();
  await expect(page.getByText("Expiring soon").first()).toBeVisible();

  // The customer page lists it, and the header shows the current contract.
  await page.getByRole("link", { name: "Kuzey Enerji A.Ş." }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kuzey Enerji A.Ş." })).toBeVisible();
  await expect(page.getByRole("list", { name: "Contracts" })).toContainText("Kuzey SLA 2027");
  await expect(page.getByRole("list", { name: "Contracts" })).toContainText("Expiring soon");
  // C3: adding a contract in force made the customer active.
  await expect(page.getByText("Active customer").first()).toBeVisible();

  // The service form shows the contract's end date and state once the customer is chosen.
  await gotoReady(page, `/${slug}/service/new`);
  await page.getByRole("combobox", { name: "Customer" }).fill("kuzey");
  await page.getByRole("option", { name: /Kuzey Enerji A\.Ş\./ }).click();
  const details = page.getByRole("definition").filter({ hasText: "Expiring soon" });
  await expect(details).toBeVisible();
  const end = new Date(`${istanbulDay(5)}T12:00:00Z`).toLocaleDateString("en", { dateStyle: "medium", timeZone: "UTC" });
  await expect(details).toContainText(end);

  // 375 px: the list fits the phone's width, name, end and state still shown.
  await page.setViewportSize({ width: 375, height: 800 });
  await gotoReady(page, `/${slug}/contracts`);
  await expect(row).toContainText("Expiring soon");
  await expect(row.getByRole("link", { name: "Kuzey SLA 2027" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("an admin adds a lunch break to the default calendar", async ({ page }) => {
  const slug = await signUp(page, { name: "Can Takvim", email: uniqueEmail("can"), org: `Takvim ${Date.now()}` });
  await gotoReady(page, `/${slug}/settings`);
  await page.getByRole("link", { name: "Calendars" }).click();
  await page.getByRole("link", { name: "Working hours" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Working hours" })).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });

  await page.getByLabel("To (Monday 1)").fill("12:30");
  await page.getByRole("button", { name: "Add hours on Monday" }).click();
  await page.getByLabel("From (Monday 2)").fill("13:30");
  await page.getByLabel("To (Monday 2)").fill("18:00");
  // Overlapping segments are refused beside the field.
  await page.getByLabel("From (Monday 2)").fill("12:00");
  await page.getByRole("button", { name: "Save calendar" }).click();
  await expect(page.getByText("Working hours of one day must not overlap", { exact: false })).toBeVisible();
  await page.getByLabel("From (Monday 2)").fill("13:30");
  await page.getByRole("button", { name: "Save calendar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Business calendars" })).toBeVisible();

  await page.getByRole("link", { name: "Working hours" }).click();
  await expect(page.getByLabel("To (Monday 1)")).toHaveValue("12:30");
  await expect(page.getByLabel("From (Monday 2)")).toHaveValue("13:30");
  await expect(page.getByLabel("To (Monday 2)")).toHaveValue("18:00");
  // Tuesday keeps one segment.
  await expect(page.getByLabel("From (Tuesday 2)")).toHaveCount(0);
});
