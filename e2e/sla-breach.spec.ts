import { expect, test } from "@playwright/test";
import { card, gotoReady, signUp, uniqueEmail } from "./helpers";

// Issue 11: move the clock past a High record's SLA deadline and the breach is in the bell (count
// and list) and its e-mail in the mailbox. The customer's sales rep is told; here that is the admin.
// Calendar: the default 09:00–18:00 Monday–Friday; High resolves in 4 business hours. Istanbul (+03).

test.afterEach(async ({ request }) => {
  await request.post("/api/test-clock", { data: { to: null } });
});

test("an SLA warning and breach reach the bell and the mailbox", async ({ page, request }) => {
  const moveTo = async (iso: string) => expect((await request.post("/api/test-clock", { data: { to: iso } })).ok()).toBe(true);
  await moveTo("2027-03-05T13:00:00Z"); // Friday 16:00 in Istanbul
  const email = uniqueEmail("selin");
  const slug = await signUp(page, { name: "Selin Destek", email, org: `İhlal ${Date.now()}` });
  await gotoReady(page, `/${slug}/settings`);
  const priorities = card(page, "Priorities");
  await priorities.locator("form").last().getByLabel("English").fill("High");
  await priorities.locator("form").last().getByRole("button", { name: "Add" }).click();
  await expect(priorities.getByLabel("English").first()).toHaveValue("High");

  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Güneş Optik Ltd.");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Deniz Kaya");
  await page.getByLabel("Sales rep").selectOption({ label: "Selin Destek" });
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Güneş Optik Ltd." })).toBeVisible();
  const customerUrl = page.url();

  await card(page, "Contracts").getByRole("link", { name: "New contract" }).click();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.getByLabel("Type").selectOption({ label: "SLA" });
  await page.getByLabel("Name", { exact: true }).fill("Güneş SLA 2027");
  await page.getByLabel("Start", { exact: true }).fill("2027-01-01");
  await page.getByLabel("End of the initial term").fill("2027-12-31");
  await page.getByRole("button", { name: "Add contract" }).click();
  await page.getByRole("table", { name: "Contracts" }).getByRole("link", { name: "Güneş SLA 2027" }).click();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  const policy = page.getByRole("form", { name: "SLA policy" });
  await policy.getByLabel("Hours: High · Resolution").fill("4");
  await policy.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText("SLA policy saved")).toBeVisible();

  await page.goto(customerUrl);
  await card(page, "Service records").getByRole("link", { name: "New service record" }).click();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.getByLabel("Priority").selectOption({ label: "High" });
  await page.getByLabel("Subject text").fill("Kasa yazıcısı çalışmıyor");
  await page.getByRole("button", { name: "Create record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Kasa yazıcısı/ })).toBeVisible();

  // Monday 10:30: past the warning (80 %, 10:12), before the deadline (11:00).
  await moveTo("2027-03-08T07:30:00Z");
  await expect(async () => {
    await gotoReady(page, `/${slug}`);
    await expect(page.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  // Monday 11:05: breached.
  await moveTo("2027-03-08T08:05:00Z");
  const breachMail = page.getByRole("link", { name: new RegExp(`SLA breached[\\s\\S]*${email.replace(/[.]/g, "\\.")}`) });
  await expect(async () => {
    await page.goto("/mailbox");
    await expect(breachMail).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await gotoReady(page, `/${slug}`);
  await page.getByRole("link", { name: "Notifications, 2 unread" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByText(/Kasa yazıcısı çalışmıyor for Güneş Optik Ltd\. was due Mar 8, 2027/)).toBeVisible();
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();
});
