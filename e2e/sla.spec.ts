import { expect, test } from "@playwright/test";
import { card, gotoReady, signUp, uniqueEmail } from "./helpers";

// Issue 11's first E2E bullet: with the default 09:00–18:00 Monday–Friday calendar and a
// 4-business-hour resolution target for High, a High record created Friday 16:00 is due Monday
// 11:00; "waiting for customer" for one working hour moves the deadline by one hour. The server's
// clock is moved through the e2e server's test-clock route. New orgs are in Istanbul's zone (+03).

test.afterEach(async ({ request }) => {
  await request.post("/api/test-clock", { data: { to: null } });
});

test("an SLA deadline in business hours, moved by a pause", async ({ page, request }) => {
  const moveTo = async (iso: string) => expect((await request.post("/api/test-clock", { data: { to: iso } })).ok()).toBe(true);
  // Friday 5 March 2027, 16:00 in Istanbul.
  await moveTo("2027-03-05T13:00:00Z");

  const slug = await signUp(page, { name: "Selin Destek", email: uniqueEmail("selin"), org: `Destek ${Date.now()}` });
  await gotoReady(page, `/${slug}/settings`);
  const priorities = card(page, "Priorities");
  await priorities.locator("form").last().getByLabel("English").fill("High");
  await priorities.locator("form").last().getByRole("button", { name: "Add" }).click();
  await expect(priorities.getByLabel("English").first()).toHaveValue("High");

  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Güneş Optik Ltd.");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Deniz Kaya");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Güneş Optik Ltd." })).toBeVisible();
  const customerUrl = page.url();

  // An SLA contract in force, and its policy: High resolves in 4 business hours.
  await card(page, "Contracts").getByRole("link", { name: "New contract" }).click();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.getByLabel("Type").selectOption({ label: "SLA" });
  await page.getByLabel("Name", { exact: true }).fill("Güneş SLA 2027");
  await page.getByLabel("Start", { exact: true }).fill("2027-01-01");
  await page.getByLabel("End of the initial term").fill("2027-12-31");
  await page.getByRole("button", { name: "Add contract" }).click();
  await page.getByRole("table", { name: "Contracts" }).getByRole("link", { name: "Güneş SLA 2027" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Güneş SLA 2027" })).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  const policy = page.getByRole("form", { name: "SLA policy" });
  await policy.getByLabel("Hours: High · Resolution").fill("4");
  await policy.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText("SLA policy saved")).toBeVisible();

  // A High record, Friday 16:00: due Monday 11:00.
  await page.goto(customerUrl);
  await card(page, "Service records").getByRole("link", { name: "New service record" }).click();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.getByLabel("Priority").selectOption({ label: "High" });
  await page.getByLabel("Subject text").fill("Kasa yazıcısı çalışmıyor");
  await page.getByRole("button", { name: "Create record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Kasa yazıcısı/ })).toBeVisible();
  const sla = card(page, "SLA");
  const resolution = sla.getByRole("definition").nth(1);
  await expect(resolution).toContainText("Due Mar 8, 2027, 11:00");
  await expect(resolution).toContainText("Running");

  // Work starts, then waits for the customer from 17:00 to Monday 09:00: one working hour.
  await page.getByRole("button", { name: "Start work", exact: true }).click();
  await expect(page.getByRole("button", { name: "Wait for customer" })).toBeVisible();
  await moveTo("2027-03-05T14:00:00Z");
  await page.getByRole("button", { name: "Wait for customer" }).click();
  await expect(page.getByText("Waiting for customer").first()).toBeVisible();
  await moveTo("2027-03-08T06:00:00Z");
  await page.reload();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.getByRole("button", { name: "Start work", exact: true }).click();
  await expect(page.getByRole("button", { name: "Wait for customer" })).toBeVisible();
  await page.reload();
  await expect(resolution).toContainText("Due Mar 8, 2027, 12:00");
  await expect(sla.getByRole("list", { name: "Clock timeline" })).toContainText("Paused 1 h 0 min: Waiting for customer");

  // The list shows the time left in the colour of a clock well within its target.
  await gotoReady(page, `/${slug}/service`);
  const row = page.getByRole("row").filter({ hasText: "Kasa yazıcısı" });
  await expect(row.locator("[data-tone=ok]")).toContainText("left");
});
