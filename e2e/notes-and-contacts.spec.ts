import { expect, test } from "@playwright/test";
import { gotoReady, signUp, uniqueEmail } from "./helpers";

// Keeping a customer's record tidy (SPEC C6, A1–A3): edit a note in place, delete it after
// confirming, and remove a contact after confirming — the primary one only once another is primary.
// Each change shows up in the activity feed.

test("edit a note in place and delete it, then remove a non-primary contact, each after confirming", async ({ page }) => {
  const slug = await signUp(page, { name: "Selin Aksoy", email: uniqueEmail("selin"), org: `Aksoy Teknik ${Date.now()}` });
  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Anadolu Isı");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Kemal Öztürk");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Anadolu Isı" })).toBeVisible();

  const notes = page.getByRole("list", { name: "Notes" });
  const feed = page.getByRole("list", { name: "Activity feed" });
  await expect(page.getByText("No notes yet.")).toBeVisible();

  // A note, then it appears in the Notes card.
  await page.getByLabel("New note").fill("Boiler service booked for Monday.");
  await page.getByRole("button", { name: "Add note" }).click();
  const note = notes.getByRole("listitem").first();
  await expect(note).toContainText("Boiler service booked for Monday.");

  // Edit in place: Esc cancels and keeps the text.
  await note.getByRole("button", { name: "Edit" }).click();
  const editor = page.getByLabel("Edit note");
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue("Boiler service booked for Monday.");
  await editor.fill("Not what I meant");
  await editor.press("Escape");
  await expect(editor).toHaveCount(0);
  await expect(note).toContainText("Boiler service booked for Monday.");
  await expect(note.getByRole("button", { name: "Edit" })).toBeFocused();

  // Ctrl/⌘+Enter saves; the note says it was edited and the feed has the change.
  await note.getByRole("button", { name: "Edit" }).click();
  await editor.fill("Boiler service moved to Tuesday.");
  await editor.press("ControlOrMeta+Enter");
  await expect(editor).toHaveCount(0);
  await expect(note).toContainText("Boiler service moved to Tuesday.");
  await expect(note).toContainText("edited");
  await expect(feed.getByRole("listitem").first()).toContainText("Selin Aksoy edited a note");
  await expect(feed.getByRole("listitem").first()).toContainText("Boiler service moved to Tuesday.");

  // Delete asks first; cancelling keeps the note.
  await note.getByRole("button", { name: "Delete" }).click();
  const confirmNote = page.getByRole("alertdialog", { name: "Delete this note?" });
  await confirmNote.getByRole("button", { name: "Cancel" }).click();
  await expect(confirmNote).toHaveCount(0);
  await expect(note).toContainText("Boiler service moved to Tuesday.");
  await note.getByRole("button", { name: "Delete" }).click();
  await confirmNote.getByRole("button", { name: "Delete note" }).click();
  await expect(confirmNote).toHaveCount(0);
  await expect(notes).toHaveCount(0);
  await expect(page.getByText("No notes yet.")).toBeVisible();
  await expect(feed.getByRole("listitem").first()).toContainText("Selin Aksoy deleted a note");

  // A second contact to remove.
  const contacts = page.getByRole("list", { name: "Contacts" });
  await page.getByRole("button", { name: "Add contact" }).click();
  const contactDialog = page.getByRole("dialog", { name: "New contact" });
  await contactDialog.getByLabel("Name").fill("Elif Şahin");
  await contactDialog.getByRole("button", { name: "Save changes" }).click();
  await expect(contactDialog).toHaveCount(0);
  await expect(contacts.getByRole("listitem")).toHaveCount(2);

  // The primary contact is refused with a message saying what to do instead.
  await contacts.getByRole("button", { name: "Remove Kemal Öztürk" }).click();
  await page.getByRole("alertdialog", { name: "Remove Kemal Öztürk?" }).getByRole("button", { name: "Remove contact" }).click();
  await expect(page.getByText("Make another contact primary first")).toBeVisible();
  await expect(contacts.getByRole("listitem").filter({ hasText: "Kemal Öztürk" })).toContainText("Primary");

  // The other one goes after confirming.
  await contacts.getByRole("button", { name: "Remove Elif Şahin" }).click();
  const confirmContact = page.getByRole("alertdialog", { name: "Remove Elif Şahin?" });
  await expect(confirmContact).toContainText("recorded in the activity feed");
  await confirmContact.getByRole("button", { name: "Remove contact" }).click();
  await expect(confirmContact).toHaveCount(0);
  await expect(contacts.getByRole("listitem")).toHaveCount(1);
  await expect(contacts).not.toContainText("Elif Şahin");
  await expect(feed.getByRole("listitem").first()).toContainText("Selin Aksoy removed a contact");
  await expect(feed.getByRole("listitem").first()).toContainText("Elif Şahin");
});
