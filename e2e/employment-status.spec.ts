import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { gotoReady, openMailLink, PASSWORD, signUp, uniqueEmail } from "./helpers";

test("an admin dismisses a signed-in employee: their next page is sign-in, and signing in again is refused", async ({ page, browser }) => {
  const org = `Kaya Servis ${Date.now()}`;
  const slug = await signUp(page, { name: "Deniz Kaya", email: uniqueEmail("deniz"), org });

  // An employee joins through an invitation and works in their own browser.
  await gotoReady(page, `/${slug}/members`);
  const employeeEmail = uniqueEmail("elena");
  await page.getByLabel("E-mail address").fill(employeeEmail);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${employeeEmail}`)).toBeVisible();
  const employeeContext = await browser.newContext();
  const employee = await employeeContext.newPage();
  await openMailLink(employee, employeeEmail, /You are invited to/, "Accept invitation");
  await employee.getByLabel("Your name").fill("Elena Ionescu");
  await employee.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await employee.getByRole("button", { name: "Accept invitation" }).click();
  await expect(employee.getByRole("heading", { level: 1, name: org, exact: true })).toBeVisible();
  await employee.goto(`/${slug}/customers`);
  await expect(employee.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();

  // The admin records the dismissal on the Members page; leaving asks first.
  await gotoReady(page, `/${slug}/members`);
  const members = page.getByRole("table", { name: "Members" });
  const row = members.getByRole("row").filter({ hasText: "Elena Ionescu" });
  await expect(row.getByText("Working", { exact: true }).filter({ visible: true })).toBeVisible();
  await page.getByRole("button", { name: "Change employment of Elena Ionescu" }).click();
  const panel = page.getByRole("group", { name: "Employment of Elena Ionescu" });
  await expectNoSeriousAxeViolations(page, "members, employment panel open");
  await panel.getByLabel("Employment status").selectOption("dismissed");
  await expect(panel.getByLabel("Exit date")).not.toHaveValue("");
  await panel.getByLabel("Reason").fill("Contract ended");
  await panel.getByRole("button", { name: "Save" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Dismiss Elena Ionescu?" });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByText("Employment saved")).toBeVisible();
  await expect(row.getByText("Dismissed", { exact: true }).filter({ visible: true })).toBeVisible();
  await expect(members.getByText("Nothing left to hand over.")).toBeVisible();
  await expectNoSeriousAxeViolations(page, "members, with someone dismissed");

  // The employee's very next navigation lands on sign-in.
  await employee.goto(`/${slug}/customers`);
  await employee.waitForURL(/\/sign-in/);

  // Signing in again, with the right password, is refused with the reason.
  await employee.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await employee.getByLabel("E-mail").fill(employeeEmail);
  await employee.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await employee.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(employee.getByText(/Your access has ended/)).toBeVisible();
  await expect(employee).toHaveURL(/\/sign-in/);
  await employeeContext.close();
});
