import { expect, test } from "@playwright/test";
import { gotoReady, signUp, uniqueEmail } from "./helpers";
import { moveServerClock } from "./sla-setup";

// Issue 13 item 9 (SPEC W6): a reminder for oneself becomes a banner at the top of the app once
// its time has passed, until dismissed. The org is in Istanbul (+03): 12:05 there is 09:05Z.

test.afterEach(async ({ request }) => {
  await moveServerClock(request, null);
});

test("a reminder due in a few minutes shows as a banner once due, and stays away once dismissed", async ({ page, request }) => {
  await moveServerClock(request, "2027-06-01T09:00:00Z");
  const slug = await signUp(page, { name: "Selin Aydın", email: uniqueEmail("selin"), org: `Hatırlatma ${Date.now()}` });

  await gotoReady(page, `/${slug}/reminders`);
  await page.getByLabel("Reminder", { exact: true }).fill("Call Kiraz Ltd about the renewal");
  await page.getByLabel("Due", { exact: true }).fill("2027-06-01T12:05");
  await expect(page.getByRole("checkbox", { name: "Selin Aydın (me)" })).toBeChecked();
  await page.getByRole("button", { name: "Add reminder" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Call Kiraz Ltd about the renewal" })).toBeVisible();
  const banner = page.getByRole("region", { name: "Due reminders" });
  await expect(banner).toHaveCount(0);

  await moveServerClock(request, "2027-06-01T09:10:00Z");
  await page.reload();
  await expect(banner.getByText("Call Kiraz Ltd about the renewal")).toBeVisible();
  await banner.getByRole("button", { name: /^Dismiss/ }).click();
  await expect(banner).toHaveCount(0);
  // The server has it once the toast says so; a reload before that would cancel the request.
  await expect(page.getByText("Reminder dismissed")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Reminders" })).toBeVisible();
  await expect(banner).toHaveCount(0);
});
