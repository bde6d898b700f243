import { expect, test } from "@playwright/test";
import { gotoReady, openMailLink, PASSWORD, signUp, uniqueEmail } from "./helpers";

test("admin invites a colleague, who accepts from the mailbox and loses access at level None", async ({ page, browser }) => {
  const org = `Deniz Teknik ${Date.now()}`;
  const slug = await signUp(page, { name: "Deniz Kaya", email: uniqueEmail("deniz"), org });

  // Invite a colleague from the Members page.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Members" }).first().click();
  const colleagueEmail = uniqueEmail("elena");
  await page.getByLabel("E-mail address").fill(colleagueEmail);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${colleagueEmail}`)).toBeVisible();
  await expect(page.getByRole("table", { name: "Pending invitations" }).getByText(colleagueEmail)).toBeVisible();

  // The colleague, in their own browser, opens the invitation from the development mailbox.
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await openMailLink(colleague, colleagueEmail, /You are invited to/, "Accept invitation");
  await expect(colleague.getByRole("heading", { name: `Join ${org}` })).toBeVisible();
  await colleague.getByLabel("Your name").fill("Elena Ionescu");
  await colleague.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await colleague.getByRole("button", { name: "Accept invitation" }).click();
  await expect(colleague.getByRole("heading", { level: 1, name: org, exact: true })).toBeVisible();
  await gotoReady(colleague, `/${slug}/members`);
  await expect(colleague.getByRole("table", { name: "Members" }).getByText("Deniz Kaya")).toBeVisible();

  // The admin sets the colleague's level to None on the Permissions page.
  await gotoReady(page, `/${slug}/permissions`);
  await page.getByLabel("Permission level of Elena Ionescu").selectOption("none");
  await expect(page.getByText("Saved")).toBeVisible();

  // The colleague's member pages are now denied, and the section is gone from the sidebar.
  await colleague.reload();
  await expect(colleague.getByRole("heading", { name: "Access denied" })).toBeVisible();
  await expect(colleague.getByRole("table", { name: "Members" })).toHaveCount(0);
  await expect(colleague.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Members" })).toHaveCount(0);
  await colleagueContext.close();
});
