import { expect, test } from "@playwright/test";
import { card, gotoReady, signUp, uniqueEmail } from "./helpers";
import { moveServerClock } from "./sla-setup";

// Issue 12 item 4 (SPEC K3, seed 002): a monthly schedule on the 10th with 3 lead days. With the
// server's clock on the 7th, the scheduled record is in the service list, assigned to the
// schedule's technician, and its assignment e-mail is in the mailbox. Orgs are in Istanbul (+03).

test.afterEach(async ({ request }) => {
  await moveServerClock(request, null);
});

test("a monthly schedule on the 10th with 3 lead days files its visit on the 7th, assigned and e-mailed", async ({ page, request }) => {
  const moveTo = (iso: string) => moveServerClock(request, iso);
  await moveTo("2027-03-01T09:00:00Z");
  const email = uniqueEmail("ece");
  const slug = await signUp(page, { name: "Ece Demir", email, org: `Programare ${Date.now()}` });

  // A second customer with a maintenance contract: the schedule form, opened from the first
  // customer, offers this one's contract once it is chosen instead.
  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Güney Isı AŞ");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Selin Ak");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Güney Isı AŞ" })).toBeVisible();
  await card(page, "Contracts").getByRole("link", { name: "New contract" }).click();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.getByLabel("Type").selectOption({ label: "Maintenance" });
  await page.getByLabel("Name", { exact: true }).fill("Güney bakım 2027");
  await page.getByLabel("Start", { exact: true }).fill("2027-01-01");
  await page.getByLabel("End of the initial term").fill("2027-12-31");
  await page.getByRole("button", { name: "Add contract" }).click();
  await expect(page.getByRole("table", { name: "Contracts" }).getByRole("link", { name: "Güney bakım 2027" })).toBeVisible();

  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Kuzey Soğutma Ltd.");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Deniz Kaya");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kuzey Soğutma Ltd." })).toBeVisible();

  await card(page, "Maintenance schedules").getByRole("link", { name: "New schedule" }).click();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await expect(page.getByLabel("Contract", { exact: true }).getByRole("option")).toHaveText(["No contract"]);
  await page.getByRole("combobox", { name: "Customer" }).fill("güney");
  await page.getByRole("option", { name: /Güney Isı AŞ/ }).click();
  await expect(page.getByLabel("Contract", { exact: true }).getByRole("option", { name: "Güney bakım 2027" })).toBeAttached();
  await page.getByLabel("Contract", { exact: true }).selectOption({ label: "Güney bakım 2027" });
  await page.getByLabel("Title").fill("Aylık klima bakımı");
  await page.getByLabel("Repeats").selectOption({ label: "Monthly on a day" });
  await page.getByLabel("Day of the month").fill("10");
  await page.getByLabel("First date").fill("2027-03-10");
  await page.getByLabel("Lead days").fill("3");
  await page.getByRole("group", { name: "Technicians" }).getByLabel("Ece Demir").check();
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aylık klima bakımı" })).toBeVisible();
  const upcoming = page.getByRole("table", { name: "Next visits" });
  await expect(upcoming.getByRole("row").nth(1)).toContainText("Mar 10, 2027");
  await expect(upcoming.getByRole("row").nth(1)).toContainText("Mar 7, 2027");
  await expect(upcoming.getByRole("row")).toHaveCount(11);

  // The evening of the 6th in Istanbul: not yet.
  await moveTo("2027-03-06T20:00:00Z");
  await gotoReady(page, `/${slug}/service`);
  await expect(page.getByText("No service records yet")).toBeVisible();

  // The 7th: the sweep files the visit (the test-clock route answers once the sweeps have run).
  await moveTo("2027-03-07T06:00:00Z");
  const row = page.getByRole("row").filter({ hasText: "Aylık klima bakımı" });
  await expect(async () => {
    await page.goto(`/${slug}/service`);
    await expect(row).toHaveCount(1);
  }).toPass({ timeout: 30_000 });
  await expect(row).toContainText("Güney Isı AŞ");
  await expect(row).toContainText("Assigned");

  await page.goto("/mailbox");
  const mails = page.getByRole("link", { name: new RegExp(`assigned to you: Aylık klima bakımı[\\s\\S]*${email.replace(/[.]/g, "\\.")}`) });
  await expect(mails).toHaveCount(1);

  // Moving the clock again files nothing twice; the schedule page lists the visit with its record.
  await moveTo("2027-03-08T06:00:00Z");
  await gotoReady(page, `/${slug}/schedules`);
  await page.getByRole("link", { name: "Aylık klima bakımı" }).click();
  const past = page.getByRole("table", { name: "Past visits" });
  await expect(past.getByRole("row")).toHaveCount(2);
  await expect(past.getByRole("row").nth(1)).toContainText("Created");
  await expect(past.getByRole("link", { name: /^#\d+$/ })).toBeVisible();
  await page.goto("/mailbox");
  await expect(mails).toHaveCount(1);
});
