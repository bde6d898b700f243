import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { card, gotoReady, inviteMember, signUp, uniqueEmail } from "./helpers";

// Issue 10, item 5: an admin opens a member's profile from the Members list, sets phone and notes,
// keeps a document for them (checked by content), downloads and deletes it. The member sees their
// own page and documents on a phone-sized screen, read-only, and a colleague's page does not exist.

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

test("an admin keeps a member's profile and documents; the member sees their own page but not a colleague's", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const slug = await signUp(page, { name: "Ada Yönetici", email: uniqueEmail("ada"), org: `Profil ${Date.now()}` });
  const selin = await inviteMember(page, browser, slug, { name: "Selin Çalışan", level: "View", viewport: { width: 375, height: 812 } });
  await (await inviteMember(page, browser, slug, { name: "Cem Meslektaş", level: "View" })).context().close();

  // From the Members list to Selin's page.
  await gotoReady(page, `/${slug}/members`);
  const members = page.getByRole("table", { name: "Members" });
  const cemHref = await members.getByRole("link", { name: "Cem Meslektaş" }).getAttribute("href");
  await members.getByRole("link", { name: "Selin Çalışan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Selin Çalışan" })).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  const selinPath = new URL(page.url()).pathname;

  // Phone and notes, through the structure dialog.
  await page.getByRole("button", { name: "Structure: Selin Çalışan" }).click();
  const dialog = page.getByRole("dialog", { name: "Selin Çalışan in the organisation" });
  await dialog.getByLabel("Phone").fill("+90 212 555 01 02");
  await dialog.getByLabel("Notes").fill("Speaks Romanian. Prefers mornings.");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  const profile = card(page, "Profile");
  await expect(profile.getByRole("link", { name: "+90 212 555 01 02" })).toBeVisible();
  await expect(profile).toContainText("Speaks Romanian. Prefers mornings.");

  // A document: a PDF refused as a photo (judged by content), then kept as her diploma.
  const documents = card(page, "Documents");
  await expect(documents.getByText("No documents yet")).toBeVisible();
  await documents.getByLabel("Kind").selectOption({ label: "Photo" });
  await documents.getByLabel("File").setInputFiles({ name: "portrait.jpg", mimeType: "image/jpeg", buffer: PDF });
  await documents.getByRole("button", { name: "Upload" }).click();
  await expect(documents.getByText("A photo must be a JPEG, PNG, GIF or WebP image.")).toBeVisible();
  await expect(documents.getByText("No documents yet")).toBeVisible();
  await documents.getByLabel("Kind").selectOption({ label: "Diploma" });
  await documents.getByLabel("File").setInputFiles({ name: "diploma.pdf", mimeType: "application/pdf", buffer: PDF });
  await documents.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText("Document uploaded")).toBeVisible();
  const diploma = documents.getByRole("link", { name: "Download diploma.pdf" });
  await expect(diploma).toBeVisible();
  await expect(documents.getByRole("list", { name: "Documents of Selin Çalışan" }).getByRole("listitem")).toHaveText([/^Diploma\s*diploma\.pdf/]);
  await expectNoSeriousAxeViolations(page, "the member profile page (Manage)");

  const downloading = page.waitForEvent("download");
  await diploma.click();
  expect((await downloading).suggestedFilename()).toBe("diploma.pdf");
  const href = (await diploma.getAttribute("href"))!;
  const served = await page.request.get(href);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("application/pdf");
  expect(served.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.from(await served.body()).equals(PDF)).toBe(true);

  // Selin, on her phone: her own page and document, nothing to change; Cem's page does not exist.
  await gotoReady(selin, `/${slug}/members`);
  await selin.getByRole("table", { name: "Members" }).getByRole("link", { name: "Selin Çalışan" }).click();
  await expect(selin.getByRole("heading", { level: 1, name: "Selin Çalışan" })).toBeVisible();
  expect(new URL(selin.url()).pathname).toBe(selinPath);
  await expect(card(selin, "Profile").getByRole("link", { name: "+90 212 555 01 02" })).toBeVisible();
  await expect(card(selin, "Documents").getByRole("link", { name: "Download diploma.pdf" })).toBeVisible();
  await expect(selin.getByRole("button", { name: "Upload" })).toHaveCount(0);
  await expect(selin.getByRole("button", { name: /Delete|Structure/ })).toHaveCount(0);
  const scrollWidth = await selin.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(375);
  await expectNoSeriousAxeViolations(selin, "the member's own profile page at 375 px");
  expect((await selin.request.get(href)).status()).toBe(200);
  // Only Manage users see names as links to other members' pages.
  await expect(selin.getByRole("table", { name: "Members" }).getByRole("link", { name: "Cem Meslektaş" })).toHaveCount(0);
  await gotoReady(selin, cemHref!);
  await expect(selin.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(selin.getByText("Cem Meslektaş")).toHaveCount(0);

  // The admin deletes the diploma after confirming; its link stops working.
  await documents.getByRole("button", { name: "Delete diploma.pdf" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete this document?" });
  await expect(confirm).toContainText("diploma.pdf is removed for good.");
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("Document deleted")).toBeVisible();
  await expect(documents.getByText("No documents yet")).toBeVisible();
  expect((await page.request.get(href)).status()).toBe(404);
  expect((await selin.request.get(href)).status()).toBe(404);
  await selin.context().close();

  // Cem resigns: his page says when and why, and lists what he still held, for hand-over.
  await gotoReady(page, `/${slug}/members`);
  await page.getByRole("button", { name: "Change employment of Cem Meslektaş" }).click();
  const employment = page.getByRole("group", { name: "Employment of Cem Meslektaş" });
  await employment.getByLabel("Employment status").selectOption("resigned");
  await employment.getByLabel("Reason").fill("Moved to Ankara");
  await employment.getByRole("button", { name: "Save" }).click();
  await page.getByRole("alertdialog", { name: "Record that Cem Meslektaş resigned?" }).getByRole("button", { name: "Record resignation" }).click();
  await expect(page.getByText("Employment saved")).toBeVisible();
  await gotoReady(page, cemHref!);
  await expect(page.getByRole("heading", { level: 1, name: "Cem Meslektaş" })).toBeVisible();
  await expect(card(page, "Profile")).toContainText("Resigned");
  await expect(card(page, "Profile")).toContainText("Moved to Ankara");
  await expect(page.getByRole("region", { name: "To hand over" })).toContainText("Nothing left to hand over.");
});
