import { type Browser, expect, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { addPicklistEntry, card, gotoReady, openMailLink, PASSWORD, replyInMailbox, signUp, uniqueEmail } from "./helpers";

// The seed's story end to end (SPEC S1–S8, seeds 000 and 002): a customer calls to have a video
// camera installed, low priority, planned for 2–6 March; the operator records it and assigns two
// technicians; one accepts by replying from the mailbox, the other rejects by link; the one who
// accepted times the work twice and completes it; the customer approves with 8 from the e-mailed
// link; the record is closed from Pending service forms; Report 1 shows the time and the score.

const CUSTOMER_EMAIL = `office-${Date.now()}@visioncam.test`;

/** Invites a technician at Edit level; they accept in their own browser. Returns their page. */
async function addTechnician(page: Page, browser: Browser, slug: string, name: string) {
  const email = uniqueEmail(name.split(" ")[0]!.toLowerCase());
  await gotoReady(page, `/${slug}/members`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Level").selectOption({ label: "Edit" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
  const context = await browser.newContext();
  const tech = await context.newPage();
  await openMailLink(tech, email, /You are invited to/, "Accept invitation");
  await tech.getByLabel("Your name").fill(name);
  await tech.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await tech.getByRole("button", { name: "Accept invitation" }).click();
  await expect(tech.getByRole("heading", { level: 1 })).toBeVisible();
  return { page: tech, email, name };
}

/** Runs the record's timer once for at least a second (the live clock shows it), then stops it. */
async function timeOneRun(page: Page) {
  const timer = card(page, "Time");
  await timer.getByRole("button", { name: "Start", exact: true }).click();
  await expect(timer.getByRole("button", { name: "Stop", exact: true })).toBeVisible();
  await expect(timer.getByRole("timer").first()).toHaveText(/0?0:0[1-9]|0?0:[1-5]\d/, { timeout: 10_000 });
  await timer.getByRole("button", { name: "Stop", exact: true }).click();
  await expect(timer.getByRole("button", { name: "Start", exact: true })).toBeVisible();
}

test("a camera installation from the customer's call to the closed, approved record and Report 1", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const org = `Kamera Servis ${Date.now()}`;
  const slug = await signUp(page, { name: "Oya Operatör", email: uniqueEmail("oya"), org });

  await gotoReady(page, `/${slug}/settings`);
  await addPicklistEntry(page, "Service types", "Installation");
  await addPicklistEntry(page, "Priorities", "Low");
  const tekin = await addTechnician(page, browser, slug, "Tekin Usta");
  const radu = await addTechnician(page, browser, slug, "Radu Tehnic");

  await gotoReady(page, `/${slug}/customers/new`);
  const company = page.getByRole("group", { name: "Company" });
  await company.getByLabel("Company name").fill("Vision Cam SRL");
  await company.getByLabel("E-mail").fill(CUSTOMER_EMAIL);
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Andrei Marin");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vision Cam SRL" })).toBeVisible();
  const customerUrl = page.url();

  // The operator records the call: installation of a video camera, low priority, 2–6 March.
  const year = new Date().getFullYear() + 1;
  await card(page, "Service records").getByRole("link", { name: "New service record" }).click();
  await expect(page.getByRole("combobox", { name: "Customer", exact: true })).toHaveValue("Vision Cam SRL");
  await page.getByLabel("Service type").selectOption({ label: "Installation" });
  await page.getByLabel("Priority").selectOption({ label: "Low" });
  await page.getByLabel("Subject text").fill("Install a video camera");
  await page.getByLabel("Planned start").fill(`${year}-03-02T09:00`);
  await page.getByLabel("Planned end").fill(`${year}-03-06T17:00`);
  await page.getByRole("checkbox", { name: tekin.name }).check();
  await page.getByRole("checkbox", { name: radu.name }).check();
  await page.getByRole("button", { name: "Create record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Install a video camera/ })).toBeVisible();
  const recordUrl = page.url();
  const number = (await page.getByRole("heading", { level: 1 }).textContent())!.match(/#(\d+)/)![1]!;
  await expect(card(page, "Assigned people")).toContainText(tekin.name);
  await expect(card(page, "Assigned people")).toContainText(radu.name);

  // Tekin accepts by replying to the assignment e-mail from the development mailbox.
  await replyInMailbox(tekin.page, tekin.email, new RegExp(`Service #${number} assigned to you`), "Accept — I will be there on Monday morning.");

  // Radu rejects by the link in his e-mail; opening the link alone changes nothing.
  await openMailLink(radu.page, radu.email, new RegExp(`Service #${number} assigned to you`), "Reject");
  await expect(radu.page.getByRole("heading", { name: `Reject service #${number}?` })).toBeVisible();
  await radu.page.getByRole("button", { name: "Reject the assignment" }).click();
  await expect(radu.page.getByText(`You rejected service #${number}.`)).toBeVisible();

  await gotoReady(page, recordUrl);
  const assignees = card(page, "Assigned people");
  await expect(assignees.getByRole("listitem").filter({ hasText: tekin.name })).toContainText(/accepted/i);
  await expect(assignees.getByRole("listitem").filter({ hasText: radu.name })).toContainText(/rejected/i);
  await expect(page.getByText("I will be there on Monday morning.")).toBeVisible();

  // Tekin times the work twice and completes the record; the report goes to the customer.
  await gotoReady(tekin.page, recordUrl);
  await timeOneRun(tekin.page);
  await timeOneRun(tekin.page);
  const completion = card(tekin.page, "Completion and approval");
  await expect(completion.getByLabel("Send the report to")).toHaveValue(CUSTOMER_EMAIL);
  await completion.getByLabel("Result").fill("Camera installed over the entrance and tested.");
  await completion.getByRole("button", { name: "Complete and send report" }).click();
  await expect(tekin.page.getByText(`Completed. The report was sent to ${CUSTOMER_EMAIL}.`)).toBeVisible();

  // The customer opens the e-mailed link, scores 8 and approves.
  const customerContext = await browser.newContext();
  const customer = await customerContext.newPage();
  await openMailLink(customer, CUSTOMER_EMAIL, /Service report/, "Review and approve");
  const approvalUrl = customer.url();
  const response = await customer.request.get(approvalUrl);
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(response.headers()["referrer-policy"]).toBe("no-referrer");
  expect(response.headers()["x-robots-tag"]).toContain("noindex");
  // The score buttons are labels over visually hidden radios: click the label, as a finger would.
  const eight = customer.getByRole("radio", { name: "8", exact: true });
  await customer.locator("label").filter({ has: eight }).click();
  await expect(eight).toBeChecked();
  await customer.getByLabel("Comment (optional)").fill("Quick and tidy work.");
  await customer.getByRole("button", { name: "Approve service" }).click();
  await expect(customer.getByText("Thank you!")).toBeVisible();

  // The Activities page names who did it — the approver by the address the link went to, Tekin
  // for his e-mailed reply — and its kind filter speaks in labels, not sentence fragments.
  await gotoReady(page, `/${slug}/activities`);
  const feed = page.getByRole("list", { name: "Activity feed" });
  await page.getByLabel("Kind").selectOption({ label: "Service approved" });
  await expect(feed.getByRole("listitem").first()).toContainText(`${CUSTOMER_EMAIL} approved a service record`);
  await page.getByLabel("Kind").selectOption({ label: "Thread message" });
  await expect(feed.getByRole("listitem").filter({ hasText: "Tekin Usta wrote in a service thread" }).first()).toBeVisible();
  await page.getByLabel("Kind").selectOption({ label: "Assignment rejected" });
  await expect(feed.getByRole("listitem").first()).toContainText("Radu Tehnic rejected a service assignment");
  await expect(feed).not.toContainText("A former member");

  // The operator finds it in Pending service forms with score 8 and closes it.
  await gotoReady(page, `/${slug}/service/pending`);
  const row = page.getByRole("row").filter({ hasText: "Install a video camera" });
  await expect(row).toContainText("8");
  await expect(row).toContainText("Quick and tidy work.");
  await row.getByRole("button", { name: "Close" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Close service" }).click();
  await expect(page.getByText(`Service #${number} closed.`)).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Install a video camera" })).toHaveCount(0);

  // Report 1 for the customer shows the time spent and the score.
  const customerId = customerUrl.split("/").at(-1)!;
  await gotoReady(page, `/${slug}/reports/customer?customer=${customerId}`);
  const summary = page.locator("dl").filter({ has: page.getByText("Average score", { exact: true }) });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText("8");
  await expect(summary).toContainText(/0:00:0[2-9]|0:00:[1-5]\d|0:0[1-9]:\d\d/);
  await expect(page.getByRole("row").filter({ hasText: "Install a video camera" })).toBeVisible();
  // Its export offers both files; the workbook has the record with its score as a number.
  await page.getByRole("button", { name: "Export" }).click();
  await expect(page.getByRole("menuitem")).toHaveText(["CSV for Excel", "Excel workbook (.xlsx)"]);
  const downloading = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Excel workbook (.xlsx)" }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await (await downloading).path())!);
  const [, ...records] = workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
  expect(records.find((r) => r.includes("Install a video camera"))?.at(-1)).toBe(8);

  // A second visit to the approval link says it was already used.
  await gotoReady(customer, approvalUrl);
  await expect(customer.getByRole("heading", { name: "This link has already been used" })).toBeVisible();
  await customerContext.close();
});
