import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { addDepartment, card, gotoReady, inviteMember, openStructure, signUp, uniqueEmail } from "./helpers";

// Issue 10, items 2, 5 and 6: an admin sets up the org's structure — a department, its manager, an
// employee reporting to them (the department's manager is offered first), a technician — and
// authorises the technician on a customer; the service assignment picker then lists them first.

test("an admin builds a department with its manager, an employee and a technician, who comes first when assigning", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const slug = await signUp(page, { name: "Ada Yönetici", email: uniqueEmail("ada"), org: `Yapı ${Date.now()}` });
  // Names sort the technician last, so "first in the picker" is the authorisation's doing.
  await (await inviteMember(page, browser, slug, { name: "Mert Müdür", level: "Edit" })).context().close();
  await (await inviteMember(page, browser, slug, { name: "Zeki Teknisyen", level: "Contribute" })).context().close();

  // Settings: the department list, edited like regions.
  await addDepartment(page, slug, { en: "Technical Service", tr: "Teknik Servis" });

  // Mert becomes the department's manager.
  let dialog = await openStructure(page, slug, "Mert Müdür");
  await dialog.getByLabel("Position").selectOption({ label: "Manager" });
  await dialog.getByLabel("Department").selectOption({ label: "Technical Service" });
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  const structure = page.getByRole("table", { name: "Organisation structure" });
  await expect(structure.getByRole("row", { name: /Mert Müdür/ })).toContainText("Manager");

  // Zeki: choosing the department offers its manager first, and picks him when none was chosen.
  dialog = await openStructure(page, slug, "Zeki Teknisyen");
  await dialog.getByLabel("Position").selectOption({ label: "Employee" });
  await dialog.getByLabel("Department").selectOption({ label: "Technical Service" });
  const reportsTo = dialog.getByLabel("Reports to");
  await expect(reportsTo).toHaveValue(/.+/);
  await expect(reportsTo.locator("option:checked")).toHaveText("Mert Müdür");
  const offered = await reportsTo.locator("option").allTextContents();
  expect(offered.slice(0, 2)).toEqual(["No manager", "Mert Müdür"]);
  await expect(reportsTo.locator('optgroup[label="Managers of Technical Service"] option')).toHaveText(["Mert Müdür"]);
  await dialog.getByRole("checkbox", { name: "Technician" }).check();
  await expectNoSeriousAxeViolations(page, "the member structure dialog");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  const zeki = structure.getByRole("row", { name: /Zeki Teknisyen/ });
  await expect(zeki).toContainText("Employee");
  await expect(zeki).toContainText("Technician");
  await expect(zeki).toContainText("Mert Müdür");

  // A manager reporting to his own employee is refused next to the field.
  dialog = await openStructure(page, slug, "Mert Müdür");
  await dialog.getByLabel("Reports to").selectOption({ label: "Zeki Teknisyen" });
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByText("A member cannot report to themselves or to someone who reports to them.")).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // Settings → Access: a write scope wider than the read scope is refused next to the field.
  await gotoReady(page, `/${slug}/settings`);
  await page.getByRole("link", { name: "Open access settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Access" })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "Settings → Access");
  const employee = page.getByRole("form", { name: "Employee" });
  await expect(employee.getByLabel("Employee: sees")).toHaveValue("responsible");
  await employee.getByLabel("Employee: may change").selectOption({ label: "Their department" });
  await employee.getByRole("button", { name: "Save: Employee" }).click();
  await expect(employee.getByText("A position may not change more than it sees.")).toBeVisible();
  await employee.getByLabel("Employee: sees").selectOption({ label: "Their department" });
  await employee.getByRole("button", { name: "Save: Employee" }).click();
  await expect(page.getByText("Access saved")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("form", { name: "Employee" }).getByLabel("Employee: may change")).toHaveValue("department");

  // The customer: Zeki is authorised; the feed names him.
  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Anadolu Klima Ltd.");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Selin Kaya");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Anadolu Klima Ltd." })).toBeVisible();
  const technicians = card(page, "Authorised technicians");
  await expect(technicians).toContainText("No authorised technicians.");
  await technicians.getByRole("button", { name: "Change technicians" }).click();
  // Only members marked technician are offered.
  await expect(technicians.getByRole("checkbox")).toHaveCount(1);
  await technicians.getByRole("checkbox", { name: "Zeki Teknisyen" }).check();
  await expectNoSeriousAxeViolations(page, "the customer page with the technicians picker open");
  await technicians.getByRole("button", { name: "Save technicians" }).click();
  await expect(page.getByText("Technicians saved")).toBeVisible();
  await expect(technicians.getByRole("list", { name: "Authorised technicians" })).toHaveText("Zeki Teknisyen");
  await expect(card(page, "Activity")).toContainText("Authorised technicians:");
  await expect(card(page, "Activity")).toContainText("Zeki Teknisyen");

  // A service record for the customer: the assignment picker lists Zeki first, marked.
  await card(page, "Service records").getByRole("link", { name: "New service record" }).click();
  // The form opened from the customer's page knows the customer: its technician comes first there too.
  const formChoices = page.getByRole("group", { name: "Assign to" }).getByRole("checkbox");
  await expect(formChoices.first()).toHaveAccessibleName(/^Zeki Teknisyen\s*Authorised technician$/);
  await page.getByLabel("Subject text").fill("Split klima bakımı");
  await page.getByRole("button", { name: "Create record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Split klima bakımı/ })).toBeVisible();
  await page.getByRole("button", { name: "Change assignees" }).click();
  const choices = page.getByRole("group", { name: "Change assignees" }).getByRole("checkbox");
  await expect(choices.first()).toHaveAccessibleName(/^Zeki Teknisyen\s*Authorised technician$/);
  await expect(choices).toHaveCount(3);
  await expect(choices.nth(1)).toHaveAccessibleName("Ada Yönetici");
});
