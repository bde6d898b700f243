import { randomUUID } from "node:crypto";
import { type Browser, expect, type Page } from "@playwright/test";

export const PASSWORD = "Mavi-Kelebek-2026";

export function uniqueEmail(prefix: string) {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

/**
 * Opens a page and waits until it has hydrated (the root provider marks <html>): text typed into a
 * react-hook-form field before that is reset when the field registers.
 */
export async function gotoReady(page: Page, url: string) {
  await page.goto(url);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/** Signs up through the UI and waits for the new org's overview. Returns the org slug. */
export async function signUp(page: Page, user: { name: string; email: string; org: string; password?: string }) {
  await gotoReady(page, "/sign-up");
  await page.getByLabel("Your name").fill(user.name);
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password ?? PASSWORD);
  await page.getByLabel("Company name").fill(user.org);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: user.org, exact: true })).toBeVisible();
  return new URL(page.url()).pathname.split("/")[1]!;
}

/** Opens the newest e-mail to `to` whose subject matches, in the development mailbox. */
export async function openMailboxEmail(page: Page, to: string, subject: RegExp) {
  await gotoReady(page, "/mailbox");
  await page
    .getByRole("link", { name: new RegExp(`${subject.source}[\\s\\S]*${to.replace(/[.]/g, "\\.")}`) })
    .first()
    .click();
}

/** Opens the newest e-mail to `to` in the development mailbox and clicks the button link in it. */
export async function openMailLink(page: Page, to: string, subject: RegExp, button: string) {
  await openMailboxEmail(page, to, subject);
  await expect(page.frameLocator("iframe").getByRole("link", { name: button, exact: true })).toBeVisible();
  const link = page.getByRole("navigation", { name: "Links in this e-mail" }).getByRole("link", { name: button, exact: true });
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^http:\/\/localhost:\d+\//);
  // Follow the link as the recipient would open it from their mail client.
  await page.goto(href!);
}

/**
 * The recipient answers `subject` in the development mailbox with `text`: the reply goes through
 * the real inbound webhook (an HTTP round trip to this server, then the assignment answer and its
 * e-mails), over 5 s once on a loaded CI machine. Waits for the page's answer, whichever it is, so
 * a refusal or an error fails with its own words rather than as a missing confirmation.
 */
export async function replyInMailbox(page: Page, to: string, subject: RegExp, text: string) {
  await openMailboxEmail(page, to, subject);
  await page.getByLabel("Your reply").fill(text);
  await page.getByRole("button", { name: "Send reply" }).click();
  const answer = page
    .getByRole("status")
    .filter({ hasText: /The app (received|refused) the reply/ })
    .or(page.locator("[data-sonner-toast]"));
  await expect(answer.first()).toBeVisible({ timeout: 30_000 });
  await expect(answer.first()).toHaveText("The app received the reply.");
}

/** The Card (a <section>) titled `title`. */
export function card(page: Page, title: string) {
  return page.locator("section").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
}

/**
 * Adds an entry to one of the org's lists on the settings page and waits until it is saved. New
 * orgs come with some entries already (e.g. "Scheduled service"), so any row may hold it.
 */
export async function addPicklistEntry(page: Page, list: string, label: string) {
  const form = card(page, list).locator("form").last();
  await form.getByLabel("English").fill(label);
  await form.getByRole("button", { name: "Add" }).click();
  await expect
    .poll(() =>
      card(page, list)
        .getByLabel("English")
        .evaluateAll((inputs) => inputs.slice(0, -1).map((input) => (input as HTMLInputElement).value)),
    )
    .toContain(label);
}

/**
 * Invites a member at `level` from the Members page; they accept in a browser of their own and
 * are signed in there. Returns their page (close its context when done).
 */
export async function inviteMember(
  page: Page,
  browser: Browser,
  slug: string,
  member: { name: string; level: string; viewport?: { width: number; height: number } },
) {
  const email = uniqueEmail("uye");
  await gotoReady(page, `/${slug}/members`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Level").selectOption({ label: member.level });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
  const context = await browser.newContext(member.viewport ? { viewport: member.viewport } : {});
  const other = await context.newPage();
  await openMailLink(other, email, /You are invited to/, "Accept invitation");
  await other.getByLabel("Your name").fill(member.name);
  await other.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await other.getByRole("button", { name: "Accept invitation" }).click();
  // The invitation page has a heading of its own: wait for the org it leads to, or a caller that
  // closes this browser at once can cut the acceptance off mid-request on a loaded machine.
  await expect(other).toHaveURL(new RegExp(`/${slug}$`));
  await expect(other.getByRole("heading", { level: 1 })).toBeVisible();
  return other;
}

/** The member structure dialog of `name`, opened from the Members page. */
export async function openStructure(page: Page, slug: string, name: string) {
  await gotoReady(page, `/${slug}/members`);
  await page.getByRole("button", { name: `Structure: ${name}` }).click();
  return page.getByRole("dialog", { name: `${name} in the organisation` });
}

/** Opens `name`'s structure dialog, lets `change` fill it, saves and waits for it to close. */
export async function saveStructure(page: Page, slug: string, name: string, change: (dialog: ReturnType<Page["getByRole"]>) => Promise<unknown>) {
  const dialog = await openStructure(page, slug, name);
  await change(dialog);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
}

/** Adds a department in Settings (edited like regions) and waits until it is listed. */
export async function addDepartment(page: Page, slug: string, labels: { en: string; tr: string }) {
  await gotoReady(page, `/${slug}/settings`);
  const departments = card(page, "Departments");
  const newDepartment = departments.locator("form").last();
  await newDepartment.getByLabel("English").fill(labels.en);
  await newDepartment.getByLabel("Türkçe").fill(labels.tr);
  await newDepartment.getByRole("button", { name: "Add" }).click();
  await expect
    .poll(() => departments.getByLabel("English").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)))
    .toContain(labels.en);
}
