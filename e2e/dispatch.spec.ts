import { expect, test } from "@playwright/test";
import { card, gotoReady, saveStructure, signUp, uniqueEmail } from "./helpers";

// Issue 13 item 5 (SPEC W7): the office plans an unplanned service record on the dispatch board by
// dragging it to a technician's row at 10:00, and the technician gets the assignment e-mail. The
// owner plays the technician. New orgs are in Istanbul's zone with a Mon–Fri working week.

const ZONE = "Europe/Istanbul";

/** The next Monday-to-Friday day after today in Istanbul, as YYYY-MM-DD (inside working hours at 10:00). */
function nextWeekday() {
  const day = new Date(`${new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date())}T12:00:00Z`);
  do day.setUTCDate(day.getUTCDate() + 1);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  return day.toISOString().slice(0, 10);
}

test("drag an unplanned record to a technician at 10:00 and find the assignment e-mail", async ({ page }) => {
  const name = "Deniz Planlamacı";
  const email = uniqueEmail("deniz");
  const slug = await signUp(page, { name, email, org: `Sevk ${Date.now()}` });
  await saveStructure(page, slug, name, (dialog) => dialog.getByRole("checkbox", { name: "Technician" }).check());

  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Marmara Soğutma");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Elif Şahin");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Marmara Soğutma" })).toBeVisible();
  await card(page, "Service records").getByRole("link", { name: "New service record" }).click();
  await page.getByLabel("Subject text").fill("Soğuk oda kompresör arızası");
  await page.getByRole("button", { name: "Create record" }).click();
  const heading = page.getByRole("heading", { level: 1, name: /Soğuk oda kompresör arızası/ });
  await expect(heading).toBeVisible();
  const number = (await heading.textContent())!.match(/#(\d+)/)![1]!;

  await gotoReady(page, `/${slug}/dispatch?date=${nextWeekday()}&span=day`);
  const lane = page.getByRole("region", { name: "Unplanned" });
  const unplanned = lane.getByRole("listitem").filter({ hasText: `#${number}` });
  await expect(unplanned).toContainText("Marmara Soğutma");
  const row = page.getByRole("group", { name: `${name}'s schedule` });
  const ten = (await page.getByRole("region", { name: "Technicians' days" }).getByText("10:00", { exact: true }).boundingBox())!;
  const to = (await row.boundingBox())!;
  const from = (await unplanned.boundingBox())!;

  await page.mouse.move(from.x + 20, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + from.height / 2 + 5, { steps: 3 });
  await page.mouse.move(ten.x + 12, to.y + to.height / 2, { steps: 10 });
  await page.mouse.up();

  // A deadline before that day (the org's default SLA) or a holiday warns; the office plans anyway.
  const warnings = page.getByRole("alertdialog", { name: "Plan anyway?" });
  const planned = page.getByText(`#${number} planned for ${name}.`);
  await expect(planned.or(warnings)).toBeVisible();
  if (await warnings.isVisible()) await warnings.getByRole("button", { name: "Plan anyway" }).click();
  await expect(planned).toBeVisible();
  const placed = row.getByRole("button", { name: new RegExp(`^#${number} Soğuk oda kompresör arızası, Marmara Soğutma, .*10:00`) });
  await expect(placed).toBeVisible();
  await expect(lane.getByText(`#${number}`)).toHaveCount(0);

  await page.goto("/mailbox");
  await expect(
    page.getByRole("link", { name: new RegExp(`Service #${number} assigned to you[\\s\\S]*${email.replace(/[.]/g, "\\.")}`) }),
  ).toHaveCount(1);
});
