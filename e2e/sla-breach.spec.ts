import { expect, test } from "@playwright/test";
import { gotoReady, signUp, uniqueEmail } from "./helpers";
import { createHighRecordUnderSla, moveServerClock } from "./sla-setup";

// Issue 11: move the clock past a High record's SLA deadline and the breach is in the bell (count
// and list) and its e-mail in the mailbox. The customer's sales rep is told; here that is the admin.
// Calendar: the default 09:00–18:00 Monday–Friday; High resolves in 4 business hours. Istanbul (+03).

test.afterEach(async ({ request }) => {
  await moveServerClock(request, null);
});

test("an SLA warning and breach reach the bell and the mailbox", async ({ page, request }) => {
  const moveTo = (iso: string) => moveServerClock(request, iso);
  await moveTo("2027-03-05T13:00:00Z"); // Friday 16:00 in Istanbul
  const email = uniqueEmail("selin");
  const slug = await signUp(page, { name: "Selin Destek", email, org: `İhlal ${Date.now()}` });
  await createHighRecordUnderSla(page, slug, { salesRep: "Selin Destek" });

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
