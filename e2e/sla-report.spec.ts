import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { card, gotoReady, signUp, uniqueEmail } from "./helpers";

// Issue 11 item 7: the SLA report shows a breached record in its table and chart, and the CSV
// holds the same figures. A High record created Friday 16:00 (Istanbul) under a 4-business-hour
// resolution target is due Monday 11:00; on Tuesday it has breached.

test.afterEach(async ({ request }) => {
  await request.post("/api/test-clock", { data: { to: null } });
});

test("the SLA report: table, chart and CSV", async ({ page, request }) => {
  const moveTo = async (iso: string) => expect((await request.post("/api/test-clock", { data: { to: iso } })).ok()).toBe(true);
  await moveTo("2027-03-05T13:00:00Z");

  const slug = await signUp(page, { name: "Selin Rapor", email: uniqueEmail("selin"), org: `Rapor ${Date.now()}` });
  await gotoReady(page, `/${slug}/settings`);
  const priorities = card(page, "Priorities");
  await priorities.locator("form").last().getByLabel("English").fill("High");
  await priorities.locator("form").last().getByRole("button", { name: "Add" }).click();
  await expect(priorities.getByLabel("English").first()).toHaveValue("High");

  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Güneş Optik Ltd.");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Deniz Kaya");
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

  // Tuesday noon: past Monday 11:00, the resolution target is missed.
  await moveTo("2027-03-09T09:00:00Z");
  await gotoReady(page, `/${slug}/reports`);
  await expect(page.getByRole("link", { name: /SLA report/ })).toHaveAttribute("href", `/${slug}/reports/sla`);
  await gotoReady(page, `/${slug}/reports/sla?from=2027-03-01&to=2027-03-31`);
  await expect(page.getByRole("heading", { level: 1, name: "SLA report" })).toBeVisible();
  const table = page.getByRole("table", { name: "SLA report" });
  const row = table.getByRole("row").filter({ hasText: "Güneş Optik Ltd." });
  // Records, first response (no target: –), resolution met, medians (nothing stopped yet).
  await expect(row.getByRole("cell")).toHaveText(["Güneş Optik Ltd.", "1", "–", "0% (0/1)", "–", "–"]);
  await expect(table.getByRole("row").filter({ hasText: "All records" }).getByRole("cell").nth(3)).toHaveText("0% (0/1)");
  await expect(
    page.getByRole("img", { name: "Bar chart: % met per group" }).locator(".recharts-bar-rectangle, .recharts-surface").first(),
  ).toBeVisible();

  await page.getByRole("button", { name: "Export" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "CSV for Excel" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("sla-report-2027-03-01-2027-03-31.csv");
  const lines = readFileSync((await download.path())!, "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe(
    "Customer,Records,First response met %,First response met · Judged,Resolution met %,Resolution met · Judged,Median first response (business minutes),Median resolution (business minutes)",
  );
  expect(lines.slice(1)).toEqual(["Güneş Optik Ltd.,1,,0,0,1,,", "All records,1,,0,0,1,,"]);

  // 375 px: the table scrolls inside its box, the page itself does not.
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
