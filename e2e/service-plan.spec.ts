import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { card, gotoReady, openMailLink, signUp, uniqueEmail } from "./helpers";

// Issue 12 items 1 and 2: a prepaid plan of 10 h rounding visits up to 15 min; two visits timed
// 1 h 07 and 2 h 20 (entered the way a technician adds time after the fact) count 1 h 15 + 2 h 30.
// The plan page shows 3 h 45 min used and 6 h 15 min remaining, and the record shows the balance;
// the second record's completion e-mail and approval page show its 2 h 30 min and the 6 h 15 min left.
// New orgs are in Istanbul's zone; the plan's first period starts three days ago, so both visits
// (two days ago) are in its current period and in the past whatever the hour the test runs.

/** A day relative to today in Istanbul, as the date input takes it. */
function istanbulDay(offset: number) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Istanbul" }).format(new Date());
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offset);
  return day.toISOString().slice(0, 10);
}

/** Adds a service type on the settings page (a new org has only "Scheduled service"). */
async function addServiceType(page: Page, label: string) {
  const list = card(page, "Service types");
  const form = list.locator("form").last();
  await form.getByLabel("English").fill(label);
  await form.getByRole("button", { name: "Add" }).click();
  await expect
    .poll(async () => list.getByLabel("English").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)))
    .toContain(label);
}

async function newRecord(page: Page, subject: string) {
  await card(page, "Service records").getByRole("link", { name: "New service record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New service record" })).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.getByLabel("Service type").selectOption({ label: "Maintenance" });
  await page.getByLabel("Subject text").fill(subject);
  await page.getByRole("button", { name: "Create record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(subject) })).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

async function addTime(page: Page, start: string, stop: string) {
  await page.getByRole("button", { name: "Add time manually" }).click();
  const form = page.getByRole("form", { name: "Add time manually" });
  await form.getByLabel("Start").fill(start);
  await form.getByLabel("Stop").fill(stop);
  await form.getByRole("button", { name: "Add time" }).click();
  await expect(form).toHaveCount(0);
}

/** The figure beside a label in the totals of the plan page's current period. */
function total(page: Page, label: string) {
  return page
    .getByRole("region", { name: "Current period" })
    .locator("dl > div")
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
    .locator("dd");
}

/** The value beside a label in the approval page's report. */
function reportRow(page: Page, label: string) {
  return page
    .locator("main dl > div")
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
    .locator("dd");
}

/** The newest e-mail to `to` in the development mailbox lists the plan's rows. */
async function expectPlanInMail(page: Page, to: string) {
  await page.goto("/mailbox");
  await page
    .getByRole("link", { name: new RegExp(`Service report[\\s\\S]*${to.replace(/[.]/g, "\\.")}`) })
    .first()
    .click();
  const mail = page.frameLocator("iframe").locator("body");
  await expect(mail).toContainText(/Service plan\s*Otel bakım paketi/);
  await expect(mail).toContainText(/Used by this visit\s*2 h 30 min/);
  await expect(mail).toContainText(/Left on the plan this period\s*6 h 15 min/);
}

test("a prepaid plan of 10 h after visits of 1 h 07 and 2 h 20 shows 3 h 45 min used and 6 h 15 min left", async ({ page }) => {
  // Two records, a completion with its e-mail and approval page, the feed and the plan page: longer than the default minute.
  test.setTimeout(120_000);
  const slug = await signUp(page, { name: "Pelin Plan", email: uniqueEmail("pelin"), org: `Plan ${Date.now()}` });
  await gotoReady(page, `/${slug}/settings`);
  await addServiceType(page, "Maintenance");
  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Güney Otel A.Ş.");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Selin Kaya");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Güney Otel A.Ş." })).toBeVisible();

  // The customer page offers a plan for this customer.
  await card(page, "Service plans").getByRole("link", { name: "Add plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New service plan" })).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await expect(page.getByRole("combobox", { name: "Customer" })).toHaveValue("Güney Otel A.Ş.");
  await page.getByLabel("Title").fill("Otel bakım paketi");
  await page.getByLabel("Billing method").selectOption({ label: "Prepaid hours" });
  await page.getByLabel("Billing period").selectOption({ label: "Monthly" });
  await page.getByLabel("First period starts on").fill(istanbulDay(-3));
  await page.getByLabel("Included hours per period").fill("10");
  await page.getByLabel("Overtime rate").fill("1.500");
  await page.getByLabel("Round each visit up to (minutes)").fill("15");
  await page.getByRole("checkbox", { name: "Maintenance" }).check();
  await expectNoSeriousAxeViolations(page, "new plan form");
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Otel bakım paketi" })).toBeVisible();
  await expect(total(page, "Included")).toHaveText("10 h");
  await expect(total(page, "Used")).toHaveText("0 min");

  // Two visits, two days ago: 1 h 07 on one record, 2 h 20 on another.
  const day = istanbulDay(-2);
  await page.getByRole("link", { name: "Güney Otel A.Ş." }).click();
  await newRecord(page, "Klima bakımı");
  await addTime(page, `${day}T09:00`, `${day}T10:07`);
  const first = page.url();
  await page.getByRole("link", { name: "Güney Otel A.Ş." }).first().click();
  await newRecord(page, "Kazan dairesi");
  await addTime(page, `${day}T11:00`, `${day}T13:20`);

  // The record shows the plan it draws on and what is left.
  const plan = card(page, "Service plan");
  await expect(plan.getByRole("link", { name: "Otel bakım paketi" })).toBeVisible();
  await expect(plan).toContainText("This record used");
  await expect(plan).toContainText("2 h 30 min");
  await expect(plan).toContainText("6 h 15 min");

  // Item 3: completing it sends the customer the report with this visit's hours on the plan and
  // the plan's remainder this period; the approval page the e-mail links to shows the same.
  const customerEmail = uniqueEmail("selin");
  await page.getByRole("button", { name: "Start work", exact: true }).click();
  await expect(page.getByText("Work started")).toBeVisible();
  const completion = card(page, "Completion and approval");
  await completion.getByLabel("Send the report to").fill(customerEmail);
  await completion.getByRole("button", { name: "Complete and send report" }).click();
  await expect(page.getByText(`Completed. The report was sent to ${customerEmail}.`)).toBeVisible();
  await expectPlanInMail(page, customerEmail);
  await openMailLink(page, customerEmail, /Service report/, "Review and approve");
  await expect(page.getByRole("heading", { level: 1, name: /Service report/ })).toBeVisible();
  await expect(reportRow(page, "Service plan")).toHaveText("Otel bakım paketi");
  await expect(reportRow(page, "Used by this visit")).toHaveText("2 h 30 min");
  await expect(reportRow(page, "Left on the plan this period")).toHaveText("6 h 15 min");

  await gotoReady(page, first);
  await expect(card(page, "Service plan")).toContainText("1 h 15 min");
  await expect(card(page, "Service plan")).toContainText("6 h 15 min");

  // The plan page: the current period line by line, each figure from its rows.
  await card(page, "Service plan").getByRole("link", { name: "Otel bakım paketi" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Otel bakım paketi" })).toBeVisible();
  await expect(total(page, "Used")).toHaveText("3 h 45 min");
  await expect(total(page, "Remaining")).toHaveText("6 h 15 min");
  const rows = page.getByRole("region", { name: "Current period" }).getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "Visit" })).toHaveCount(2);
  await expect(rows.filter({ hasText: "1 h 7 min" })).toContainText("1 h 15 min");
  await expect(rows.filter({ hasText: "2 h 20 min" })).toContainText("2 h 30 min");
  await expectNoSeriousAxeViolations(page, "plan page");

  // Edit: technicians may add to the time spent; on the record, 15 min of travel with its reason.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit service plan" })).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await expect(page.getByLabel("Included hours per period")).toHaveValue("10");
  await page.getByRole("checkbox", { name: "Technicians may add to the time spent" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Otel bakım paketi" })).toBeVisible();
  // The feed names the changed term as the form does, not by its column.
  await gotoReady(page, `/${slug}/activities`);
  const edit = page.getByRole("list", { name: "Activity feed" }).getByRole("listitem").first();
  await expect(edit.getByRole("definition")).toHaveText("No → Yes");
  await expect(edit.getByRole("term")).toHaveText("Technicians may add to the time spent:");
  await gotoReady(page, first);
  const addWork = page.getByRole("form", { name: "Add to the plan" });
  await addWork.getByLabel("Hours").fill("0:15");
  await addWork.getByLabel("Reason").fill("Yol");
  await addWork.getByRole("button", { name: "Add" }).click();
  await expect(card(page, "Service plan")).toContainText("1 h 30 min");
  await expect(card(page, "Service plan")).toContainText("6 h");
  await card(page, "Service plan").getByRole("link", { name: "Otel bakım paketi" }).click();
  await expect(total(page, "Used")).toHaveText("4 h");
  await expect(total(page, "Remaining")).toHaveText("6 h");
  await expect(page.getByRole("region", { name: "Current period" }).getByRole("row").filter({ hasText: "Time added by technician" })).toContainText(
    "Yol",
  );

  // The plans list and the sidebar.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Plans", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Service plans" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Service plans" }).getByRole("row").filter({ hasText: "Otel bakım paketi" })).toContainText("10 h");
});
