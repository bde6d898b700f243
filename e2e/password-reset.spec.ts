import { expect, test } from "@playwright/test";
import { openMailLink, signUp, uniqueEmail } from "./helpers";

test("a user resets a forgotten password from the e-mailed link", async ({ page }) => {
  const email = uniqueEmail("reset");
  const org = `Reset Test ${Date.now()}`;
  await signUp(page, { name: "Radu Marin", email, org });
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to Servio" })).toBeVisible();

  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText("a reset link is on its way")).toBeVisible();

  await openMailLink(page, email, /Reset your Servio password/, "Choose a new password");
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  const newPassword = "Yeni-Sifre-Guclu-77";
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Repeat the new password").fill(newPassword);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Your password was changed")).toBeVisible();

  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: org, exact: true })).toBeVisible();

  // The link works once. (No going back first: the signed-in browser's auth page redirects to the
  // org, which raced the mailbox's navigation.)
  await openMailLink(page, email, /Reset your Servio password/, "Choose a new password");
  await page.getByLabel("New password", { exact: true }).fill("Baska-Bir-Sifre-88");
  await page.getByLabel("Repeat the new password").fill("Baska-Bir-Sifre-88");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("This reset link has already been used")).toBeVisible();
});
