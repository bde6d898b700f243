import { expect, test } from "@playwright/test";
import { card, gotoReady, signUp, uniqueEmail } from "./helpers";
import { createHighRecordUnderSla, moveServerClock } from "./sla-setup";

// Issue 11's first E2E bullet: with the default 09:00–18:00 Monday–Friday calendar and a
// 4-business-hour resolution target for High, a High record created Friday 16:00 is due Monday
// 11:00; "waiting for customer" for one working hour moves the deadline by one hour. The server's
// clock is moved through the e2e server's test-clock route. New orgs are in Istanbul's zone (+03).

test.afterEach(async ({ request }) => {
  await moveServerClock(request, null);
});

test("an SLA deadline in business hours, moved by a pause", async ({ page, request }) => {
  const moveTo = (iso: string) => moveServerClock(request, iso);
  // Friday 5 March 2027, 16:00 in Istanbul.
  await moveTo("2027-03-05T13:00:00Z");

  const slug = await signUp(page, { name: "Selin Destek", email: uniqueEmail("selin"), org: `Destek ${Date.now()}` });
  // An SLA contract in force whose policy resolves High in 4 business hours, and a High record
  // created Friday 16:00: due Monday 11:00.
  await createHighRecordUnderSla(page, slug);
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
  // The pause began a moment after 17:00 (the clock keeps running from each move) and ended a
  // moment after Monday 09:00, so its working time is an hour give or take those seconds, and the
  // card floors it to whole minutes: 59 min when Friday's click was the slower one.
  await expect(sla.getByRole("list", { name: "Clock timeline" })).toContainText(/Paused (1 h 0 min|59 min): Waiting for customer/);

  // The list shows the time left in the colour of a clock well within its target.
  await gotoReady(page, `/${slug}/service`);
  const row = page.getByRole("row").filter({ hasText: "Kasa yazıcısı" });
  await expect(row.locator("[data-tone=ok]")).toContainText("left");
});
