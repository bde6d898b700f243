import { expect, test } from "@playwright/test";
import { card, gotoReady, openMailLink, signUp, uniqueEmail } from "./helpers";
import { moveServerClock } from "./sla-setup";

// An approval link lives 30 days by the server's clock (lib/clock.ts), moved here through the e2e
// server's test-clock route: the record's panel and the customer's page agree when it has run out,
// whatever the browser's own clock says. New orgs are in Istanbul's zone (+03).

test.afterEach(async ({ request }) => {
  await moveServerClock(request, null);
});

test("an approval link expires 30 days after completion, on the record page and at the link", async ({ page, browser, request }) => {
  // Monday 1 March 2027, 10:00 in Istanbul.
  await moveServerClock(request, "2027-03-01T07:00:00Z");
  const slug = await signUp(page, { name: "Ece Servis", email: uniqueEmail("ece"), org: `Onay ${Date.now()}` });
  const customerEmail = uniqueEmail("customer");

  await gotoReady(page, `/${slug}/customers/new`);
  const company = page.getByRole("group", { name: "Company" });
  await company.getByLabel("Company name").fill("Lale Kırtasiye");
  await company.getByLabel("E-mail").fill(customerEmail);
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Can Demir");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lale Kırtasiye" })).toBeVisible();
  await card(page, "Service records").getByRole("link", { name: "New service record" }).click();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.getByLabel("Subject text").fill("Yazıcı bakımı");
  await page.getByRole("button", { name: "Create record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Yazıcı bakımı/ })).toBeVisible();

  await page.getByRole("button", { name: "Start work", exact: true }).click();
  const completion = card(page, "Completion and approval");
  await expect(completion.getByLabel("Send the report to")).toHaveValue(customerEmail);
  await completion.getByLabel("Result").fill("Printer cleaned and tested.");
  await completion.getByRole("button", { name: "Complete and send report" }).click();
  await expect(page.getByText(`Completed. The report was sent to ${customerEmail}.`)).toBeVisible();
  await page.reload();
  await expect(completion).toContainText("The link expires on Mar 31, 2027");

  // A day after the 30 days: the link has run out for staff and customer alike.
  await moveServerClock(request, "2027-04-01T07:00:00Z");
  await page.reload();
  await expect(completion).toContainText("The link expired on Mar 31, 2027");
  const customerContext = await browser.newContext();
  const customer = await customerContext.newPage();
  await openMailLink(customer, customerEmail, /Service report/, "Review and approve");
  await expect(customer.getByRole("heading", { name: "This link is no longer valid" })).toBeVisible();
  await customerContext.close();
});
