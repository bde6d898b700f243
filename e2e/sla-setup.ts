import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { card, gotoReady } from "./helpers";

// The SLA specs' shared start, built through the UI: the server's clock moved by the e2e server's
// test-clock route, and a High record under an SLA contract whose policy resolves High in
// 4 business hours (the org's default 09:00–18:00 Monday–Friday calendar, Istanbul time).

/** Moves every server process's clock to `iso` (null: back to the real clock). */
export async function moveServerClock(request: APIRequestContext, iso: string | null) {
  // A fresh connection each time: Playwright's client reused an idle keep-alive socket just as the
  // server (Node's 5 s default) dropped it, and the move failed with ECONNRESET.
  const moved = await request.post("/api/test-clock", { data: { to: iso }, headers: { connection: "close" } });
  expect(moved.ok()).toBe(true);
}

/**
 * Adds the High priority, customer "Güneş Optik Ltd." (with `salesRep` when given), its SLA
 * contract for 2027 with the 4-hour policy, and a High record "Kasa yazıcısı çalışmıyor", whose
 * page is open at the end.
 */
export async function createHighRecordUnderSla(page: Page, slug: string, { salesRep }: { salesRep?: string } = {}) {
  await gotoReady(page, `/${slug}/settings`);
  const priorities = card(page, "Priorities");
  await priorities.locator("form").last().getByLabel("English").fill("High");
  await priorities.locator("form").last().getByRole("button", { name: "Add" }).click();
  await expect(priorities.getByLabel("English").first()).toHaveValue("High");

  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Güneş Optik Ltd.");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Deniz Kaya");
  if (salesRep) await page.getByLabel("Sales rep").selectOption({ label: salesRep });
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
  await expect(page.getByRole("heading", { level: 1, name: "Güneş SLA 2027" })).toBeVisible();
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
}
