import { type Browser, expect, type Page, test } from "@playwright/test";
import { gotoReady, openMailLink, PASSWORD, signUp, uniqueEmail } from "./helpers";

// The customer record journey (SPEC C2, C4–C6, A1–A3): create with a primary contact, edit,
// notes in the feed, concurrent edits, delete, and what a View-level member may not do.

async function signIn(page: Page, email: string) {
  await gotoReady(page, "/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Creates a customer through the form and returns its page's path. */
async function createCustomer(page: Page, slug: string, name: string, contactName = "Ana Popescu") {
  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill(name);
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill(contactName);
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function newUser(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test("create a customer with its primary contact, edit it and add a note", async ({ page }) => {
  const slug = await signUp(page, { name: "Ayşe Yılmaz", email: uniqueEmail("ayse"), org: `Işık Servis ${Date.now()}` });
  await gotoReady(page, `/${slug}/customers/new`);
  await expect(page.getByRole("heading", { level: 1, name: "New customer" })).toBeVisible();

  const company = page.getByRole("group", { name: "Company" });
  // Sensible defaults: an end customer at first contact.
  await expect(company.getByLabel("Type")).toHaveValue("customer");
  await expect(company.getByLabel("Lifecycle status")).toHaveValue("first_contact");
  // A new org has no region list, so the field is not offered.
  await expect(company.getByLabel("Region")).toHaveCount(0);

  await company.getByLabel("Company name").fill("IŞIK Elektrik");
  await company.getByLabel("Account code").fill("C-100");
  await company.getByLabel("Type").selectOption({ label: "Dealer" });
  await company.getByLabel("Tax ID").fill("4540536921");
  await company.getByLabel("Phone", { exact: true }).fill("+90 212 555 01 02");
  await company.getByLabel("Website").fill("isik.com.tr");
  await company.getByLabel("Sales rep").selectOption({ label: "Ayşe Yılmaz" });

  const contact = page.getByRole("group", { name: "Primary contact" });
  await contact.getByLabel("Name").fill("Mehmet Işık");
  await contact.getByLabel("E-mail").fill("mehmet@isik.com.tr");
  await contact.getByLabel("Preferred contact method").selectOption({ label: "Phone" });

  // Enter submits; a mistyped check digit is caught next to the field and nothing is created.
  await contact.getByLabel("Name").press("Enter");
  await expect(company.getByText("This tax ID's check digit is wrong")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/${slug}/customers/new$`));
  await company.getByLabel("Tax ID").fill("4540536920");
  await contact.getByLabel("Name").press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "IŞIK Elektrik" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/${slug}/customers/[0-9a-f-]{36}$`));
  const customerUrl = page.url();
  await expect(page.getByText("Account code C-100")).toBeVisible();
  await expect(page.getByRole("link", { name: "+90 212 555 01 02" })).toHaveAttribute("href", "tel:+902125550102");
  await expect(page.getByRole("link", { name: "isik.com.tr", exact: true })).toHaveAttribute("href", "https://isik.com.tr");
  const contacts = page.getByRole("list", { name: "Contacts" });
  await expect(contacts.getByRole("listitem").filter({ hasText: "Mehmet Işık" })).toContainText("Primary");
  await expect(contacts).toContainText("Prefers Phone");

  // Edit: change the lifecycle status.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit IŞIK Elektrik" })).toBeVisible();
  await expect(page.getByLabel("Company name")).toHaveValue("IŞIK Elektrik");
  await page.getByLabel("Lifecycle status").selectOption({ label: "In talks" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(customerUrl);
  await expect(page.getByText("Customer saved")).toBeVisible();

  const feed = page.getByRole("list", { name: "Activity feed" });
  await expect(feed.getByRole("listitem").first()).toContainText("Lifecycle status:");
  await expect(feed.getByRole("listitem").first()).toContainText("First contact → In talks");

  // A note, sent with Ctrl/⌘+Enter, appears at the top of the feed.
  await page.getByLabel("New note").fill("Called Mehmet: wants an offer for two compressors.");
  await page.getByLabel("New note").press("ControlOrMeta+Enter");
  await expect(feed.getByRole("listitem").first()).toContainText("Called Mehmet: wants an offer for two compressors.");
  await expect(page.getByLabel("New note")).toHaveValue("");
});

test("a second editor who saves over a newer version keeps their input and can reload", async ({ page, browser }) => {
  const email = uniqueEmail("deniz");
  const slug = await signUp(page, { name: "Deniz Kaya", email, org: `Kaya Teknik ${Date.now()}` });
  const customerPath = await createCustomer(page, slug, "Marmara Soğutma");

  // The same user in a second browser opens the same edit page.
  const second = await newUser(browser);
  await signIn(second.page, email);
  await gotoReady(second.page, `${customerPath}/edit`);
  await gotoReady(page, `${customerPath}/edit`);
  await expect(second.page.getByLabel("Company name")).toHaveValue("Marmara Soğutma");
  await expect(page.getByLabel("Company name")).toHaveValue("Marmara Soğutma");

  // The first saves.
  await page.getByLabel("Referral").fill("Istanbul fair 2026");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(customerPath);

  // The second saves over the version it opened: refused, input kept, a clear message.
  await second.page.getByLabel("Account code").fill("MS-7");
  await second.page.getByRole("button", { name: "Save changes" }).click();
  const conflict = second.page.getByRole("alert").filter({ hasText: "Someone else saved this record after you opened it" });
  await expect(conflict).toBeVisible();
  await expect(second.page.getByLabel("Account code")).toHaveValue("MS-7");
  await expect(second.page).toHaveURL(new RegExp(`${customerPath}/edit$`));

  // Reload brings the latest record into the form.
  await conflict.getByRole("button", { name: "Reload" }).click();
  await expect(second.page.getByLabel("Referral")).toHaveValue("Istanbul fair 2026");
  await expect(second.page.getByLabel("Account code")).toHaveValue("");
  await expect(conflict).toHaveCount(0);

  // Now the second edit goes through.
  await second.page.getByLabel("Account code").fill("MS-7");
  await second.page.getByRole("button", { name: "Save changes" }).click();
  await expect(second.page).toHaveURL(customerPath);
  await expect(second.page.getByText("Account code MS-7")).toBeVisible();
  await second.context.close();
});

test("deleting a customer asks first, returns to the list and the record is gone", async ({ page }) => {
  const slug = await signUp(page, { name: "Elena Ionescu", email: uniqueEmail("elena"), org: `Ionescu Service ${Date.now()}` });
  const customerPath = await createCustomer(page, slug, "Carpați Instal SRL");

  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete Carpați Instal SRL?" });
  await expect(dialog).toContainText("contacts, notes and activities");
  // Cancelling keeps it.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "Carpați Instal SRL" })).toBeVisible();

  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete customer" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/customers$`));

  await gotoReady(page, customerPath);
  await expect(page.getByRole("heading", { name: "Customer not found" })).toBeVisible();
});

test("a View-level member sees the record but no controls to change it", async ({ page, browser }) => {
  const org = `Deniz Bakım ${Date.now()}`;
  const slug = await signUp(page, { name: "Deniz Kaya", email: uniqueEmail("deniz"), org });
  const customerPath = await createCustomer(page, slug, "Ege Klima", "Selin Ak");

  // Invite a colleague (invitations default to View) and accept from the development mailbox.
  await gotoReady(page, `/${slug}/members`);
  const colleagueEmail = uniqueEmail("can");
  await page.getByLabel("E-mail address").fill(colleagueEmail);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${colleagueEmail}`)).toBeVisible();

  const viewer = await newUser(browser);
  await openMailLink(viewer.page, colleagueEmail, /You are invited to/, "Accept invitation");
  await viewer.page.getByLabel("Your name").fill("Can Demir");
  await viewer.page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await viewer.page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(viewer.page.getByRole("heading", { level: 1, name: org, exact: true })).toBeVisible();

  await gotoReady(viewer.page, customerPath);
  await expect(viewer.page.getByRole("heading", { level: 1, name: "Ege Klima" })).toBeVisible();
  await expect(viewer.page.getByRole("list", { name: "Contacts" })).toContainText("Selin Ak");
  await expect(viewer.page.getByRole("list", { name: "Activity feed" })).toContainText("Deniz Kaya");
  await expect(viewer.page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  await expect(viewer.page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(viewer.page.getByRole("button", { name: "Add contact" })).toHaveCount(0);
  await expect(viewer.page.getByRole("button", { name: /^Edit / })).toHaveCount(0);
  await expect(viewer.page.getByLabel("New note")).toHaveCount(0);

  // The pages behind those controls refuse too.
  await gotoReady(viewer.page, `/${slug}/customers/new`);
  await expect(viewer.page.getByRole("heading", { name: "Access denied" })).toBeVisible();
  await gotoReady(viewer.page, `${customerPath}/edit`);
  await expect(viewer.page.getByRole("heading", { name: "Access denied" })).toBeVisible();
  await viewer.context.close();
});
