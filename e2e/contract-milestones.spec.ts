import { expect, test } from "@playwright/test";
import { card, gotoReady, signUp, uniqueEmail } from "./helpers";
import { moveServerClock } from "./sla-setup";

// Issue 11: a contract ending in 5 days with notify-before 7 sends its "expiring" e-mail once,
// however often the clock moves past the milestone; the notification is in the bell until read.
// The test-clock route runs the sweeps at once (lib/system/test-clock.ts). Orgs are in Istanbul (+03).

test.afterEach(async ({ request }) => {
  await moveServerClock(request, null);
});

test("a contract's expiring notice: in the bell and the mailbox once, cleared by mark all read", async ({ page, request }) => {
  const moveTo = (iso: string) => moveServerClock(request, iso);
  await moveTo("2027-06-01T09:00:00Z");
  const email = uniqueEmail("emre");
  const slug = await signUp(page, { name: "Emre Yıldız", email, org: `Sözleşme ${Date.now()}` });

  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Kiraz Yazılım Ltd.");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Deniz Kaya");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kiraz Yazılım Ltd." })).toBeVisible();
  await card(page, "Contracts").getByRole("link", { name: "New contract" }).click();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.getByLabel("Type").selectOption({ label: "SLA" });
  await page.getByLabel("Name", { exact: true }).fill("Kiraz bakım 2027");
  await page.getByLabel("Start", { exact: true }).fill("2027-01-01");
  await page.getByLabel("End of the initial term").fill("2027-06-30");
  await page.getByLabel("Notify days before the end").fill("7");
  await page.getByRole("button", { name: "Add contract" }).click();
  await expect(page.getByRole("table", { name: "Contracts" }).getByRole("link", { name: "Kiraz bakım 2027" })).toBeVisible();

  // Five days before the end: past the notify-before day (23 June).
  await moveTo("2027-06-25T09:00:00Z");
  const mails = page.getByRole("link", { name: new RegExp(`Contract expiring soon[\\s\\S]*${email.replace(/[.]/g, "\\.")}`) });
  await expect(async () => {
    await page.goto("/mailbox");
    await expect(mails).toHaveCount(1);
  }).toPass({ timeout: 30_000 });

  // The clock moves again: the sweep finds the milestone due once more (the route answers when the
  // sweeps have run). Whether it queues the job again or the singleton key saves it, once nothing is
  // left pending on the admin's Background jobs page there is still one e-mail.
  const milestoneJobs = page.getByRole("table", { name: "Recent jobs" }).getByRole("row").filter({ hasText: "contract-milestone" });
  const pendingJobs = async () => {
    await page.goto(`/${slug}/settings/jobs`);
    return milestoneJobs.filter({ hasText: /Queued|Running|Waiting to retry/ }).count();
  };
  await moveTo("2027-06-26T09:00:00Z");
  await expect.poll(pendingJobs, { timeout: 30_000 }).toBe(0);
  await expect(milestoneJobs.filter({ hasText: "Done" }).first()).toBeVisible();
  await page.goto("/mailbox");
  await expect(mails).toHaveCount(1);

  await gotoReady(page, `/${slug}`);
  await page.getByRole("link", { name: "Notifications, 1 unread" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByText("Kiraz bakım 2027 for Kiraz Yazılım Ltd. ends on Jun 30, 2027.")).toBeVisible();
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();
});
