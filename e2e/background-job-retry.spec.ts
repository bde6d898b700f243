import { type APIRequestContext, expect, test } from "@playwright/test";
import { card, gotoReady, signUp, uniqueEmail } from "./helpers";
import { moveServerClock } from "./sla-setup";

// Issue 11: "a job that throws is retried, then dead-lettered, then retried from the admin page and
// succeeds", in the browser. The e2e server's fault switch (/api/test-faults) makes the org's
// contract-milestone job throw before its effect; the server retries org jobs a second apart
// (JOBS_RETRY_DELAY_SECONDS), so the dead letter comes within seconds. Orgs are in Istanbul (+03).

const JOB = "contract-milestone";

async function switchFault(request: APIRequestContext, org: string, fail: boolean) {
  expect((await request.post("/api/test-faults", { data: { job: JOB, org, fail } })).ok()).toBe(true);
}

let slug: string | undefined;

test.afterEach(async ({ request }) => {
  if (slug) await switchFault(request, slug, false);
  slug = undefined;
  await moveServerClock(request, null);
});

test("a failing job: retried, dead-lettered, retried by the admin, and its e-mail sent once", async ({ page, request }) => {
  // About 45 s here: six attempts a second plus a poll apart come on top of the set-up.
  test.setTimeout(90_000);
  await moveServerClock(request, "2027-06-01T09:00:00Z");
  const email = uniqueEmail("elif");
  slug = await signUp(page, { name: "Elif Arslan", email, org: `Arka Plan ${Date.now()}` });
  const org = slug;

  // A contract ending on 30 June that notifies 7 days before: its milestone comes on 23 June.
  await gotoReady(page, `/${org}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Papatya Lojistik A.Ş.");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Deniz Kaya");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Papatya Lojistik A.Ş." })).toBeVisible();
  await card(page, "Contracts").getByRole("link", { name: "New contract" }).click();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.getByLabel("Type").selectOption({ label: "Maintenance" });
  await page.getByLabel("Name", { exact: true }).fill("Papatya bakım 2027");
  await page.getByLabel("Start", { exact: true }).fill("2027-01-01");
  await page.getByLabel("End of the initial term").fill("2027-06-30");
  await page.getByLabel("Notify days before the end").fill("7");
  await page.getByRole("button", { name: "Add contract" }).click();
  await expect(page.getByRole("table", { name: "Contracts" }).getByRole("link", { name: "Papatya bakım 2027" })).toBeVisible();

  // The milestone job is broken, then the clock passes the milestone: the job fails every attempt.
  await switchFault(request, org, true);
  await moveServerClock(request, "2027-06-25T09:00:00Z");
  const failed = page.getByRole("table", { name: "Failed jobs" }).getByRole("row").filter({ hasText: JOB }).first();
  await expect(async () => {
    await page.goto(`/${org}/settings/jobs`);
    await expect(failed).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 40_000 });
  // The error as the job threw it, and the first run plus its five retries.
  await expect(failed.getByRole("cell").nth(1)).toHaveText(`InjectedFailure: Injected failure (test server): ${JOB}`);
  await expect(failed.getByRole("cell").nth(2)).toHaveText("6");
  await expect(failed.getByText("Failed", { exact: true })).toBeVisible();
  const recent = page.getByRole("table", { name: "Recent jobs" }).getByRole("row").filter({ hasText: JOB });
  await expect(recent.filter({ hasText: "Failed" }).first().getByRole("cell").nth(2)).toHaveText("6");

  // Nothing was sent by the failing runs.
  const mails = page.getByRole("link", { name: new RegExp(`Contract expiring soon[\\s\\S]*${email.replace(/[.]/g, "\\.")}`) });
  await page.goto("/mailbox");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(mails).toHaveCount(0);

  // Mended, and sent again by the admin.
  await switchFault(request, org, false);
  await gotoReady(page, `/${org}/settings/jobs`);
  await failed.getByRole("button", { name: `Retry: ${JOB}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Run again" }).click();
  await expect(page.getByText("The job was queued again.")).toBeVisible();
  await expect(failed.getByText(/^Retried /)).toBeVisible();
  await expect(failed.getByRole("button", { name: `Retry: ${JOB}` })).toHaveCount(0);

  // The new run is done, and its e-mail is in the mailbox once.
  await expect(async () => {
    await page.goto(`/${org}/settings/jobs`);
    await expect(recent.filter({ hasText: "Done" }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(async () => {
    await page.goto("/mailbox");
    await expect(mails).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
});
