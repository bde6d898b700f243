import { expect, test } from "@playwright/test";
import { card, gotoReady, inviteMember, signUp, uniqueEmail } from "./helpers";

// Issue 11 items 1–2, what exists before contracts and SLA timers plug in: the bell and its list,
// per-kind preferences, Settings → Background jobs for admins only, and the e2e server's clock.
// A notification in the bell comes from the contract and SLA jobs (contract-milestones.spec.ts,
// sla-breach.spec.ts); a failed job retried from this page is background-job-retry.spec.ts.

test("the bell, notification preferences and the admins' Background jobs page", async ({ page, browser }) => {
  const org = `Bildirim Servis ${Date.now()}`;
  const slug = await signUp(page, { name: "Ayşe Demir", email: uniqueEmail("ayse"), org });

  // The bell in the header says how many are unread and opens the list.
  await page.getByRole("link", { name: "Notifications, none unread" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByText("No notifications yet.")).toBeVisible();

  // Preferences per kind on the account page, kept after a reload.
  await gotoReady(page, `/${slug}/account`);
  const preferences = card(page, "Notifications");
  await preferences.getByLabel("SLA breached").selectOption({ label: "By e-mail" });
  await preferences.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Notification preferences saved.")).toBeVisible();
  await gotoReady(page, `/${slug}/account`);
  await expect(card(page, "Notifications").getByLabel("SLA breached")).toHaveValue("email");
  await expect(card(page, "Notifications").getByLabel("Contract expiring soon")).toHaveValue("both");

  // Settings → Background jobs.
  await gotoReady(page, `/${slug}/settings`);
  await page.getByRole("link", { name: "Background jobs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Background jobs" })).toBeVisible();
  await expect(page.getByText("No job has failed.")).toBeVisible();

  // A member at Manage is no admin: no link, and the page itself is refused.
  const manager = await inviteMember(page, browser, slug, { name: "Mihai Pop", level: "Manage", viewport: { width: 375, height: 740 } });
  await expect(manager.getByRole("heading", { level: 1, name: org, exact: true })).toBeVisible();
  await gotoReady(manager, `/${slug}/settings`);
  await expect(manager.getByRole("link", { name: "Background jobs" })).toHaveCount(0);
  await gotoReady(manager, `/${slug}/settings/jobs`);
  await expect(manager.getByRole("alert").filter({ hasText: "Access denied" })).toBeVisible();
  // At 375 px the bell stays in the header.
  await expect(manager.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();
  await manager.context().close();
});

test("the e2e server's clock moves through the test-only route and back", async ({ request }) => {
  const moved = await request.post("/api/test-clock", { data: { to: "2030-06-03T09:00:00Z" } });
  expect(moved.status()).toBe(200);
  expect(((await moved.json()) as { now: string }).now).toMatch(/^2030-06-03T09:00/);
  expect(((await (await request.get("/api/test-clock")).json()) as { now: string }).now).toMatch(/^2030-06-03/);
  const back = await request.post("/api/test-clock", { data: { to: null } });
  expect(((await back.json()) as { now: string }).now.slice(0, 4)).toBe(String(new Date().getFullYear()));
});
