import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { gotoReady, signUp, uniqueEmail } from "./helpers";
import { createHighRecordUnderSla, moveServerClock } from "./sla-setup";

// Issue 11 item 7: the SLA report shows a breached record in its table and chart, and the CSV
// holds the same figures. A High record created Friday 16:00 (Istanbul) under a 4-business-hour
// resolution target is due Monday 11:00; on Tuesday it has breached.

test.afterEach(async ({ request }) => {
  await moveServerClock(request, null);
});

test("the SLA report: table, chart and CSV", async ({ page, request }) => {
  const moveTo = (iso: string) => moveServerClock(request, iso);
  await moveTo("2027-03-05T13:00:00Z");

  const slug = await signUp(page, { name: "Selin Rapor", email: uniqueEmail("selin"), org: `Rapor ${Date.now()}` });
  await createHighRecordUnderSla(page, slug);

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
  // Once the chart has redrawn for the new width (its resize observer runs a frame or more later).
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
