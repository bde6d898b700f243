import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { card, gotoReady, inviteMember, signUp, uniqueEmail } from "./helpers";

// Issue 10, item 9: an admin asks "who can see this?" about a technician on a customer's page —
// refused, with the rule — authorises the technician and asks again; the Members page answers the
// same question from the member's side, with the customer picked from the combobox.

const NOT_AUTHORISED = "Zeki Teknisyen cannot see this customer: technicians see only the customers they are authorised for.";
const AUTHORISED =
  "Zeki Teknisyen can see and change this customer: technicians see only the customers they are authorised for, and Zeki Teknisyen is authorised for this one.";

test("an admin asks why a technician can or cannot see a customer, from the customer and from the member", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const slug = await signUp(page, { name: "Ada Yönetici", email: uniqueEmail("ada"), org: `Erişim ${Date.now()}` });
  await (await inviteMember(page, browser, slug, { name: "Zeki Teknisyen", level: "Edit" })).context().close();

  // Zeki becomes a technician.
  await gotoReady(page, `/${slug}/members`);
  await page.getByRole("button", { name: "Structure: Zeki Teknisyen" }).click();
  const dialog = page.getByRole("dialog", { name: "Zeki Teknisyen in the organisation" });
  await dialog.getByRole("checkbox", { name: "Technician" }).check();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();

  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Anadolu Klima Ltd.");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Selin Kaya");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Anadolu Klima Ltd." })).toBeVisible();

  // Not authorised: the answer names the technicians' rule. Keyboard only: choose, then submit.
  const who = card(page, "Who can see this?");
  const answer = who.getByRole("region", { name: "Answer" });
  await expect(who.getByRole("button", { name: "Check access" })).toBeDisabled();
  await who.getByLabel("Member").focus();
  await who.getByLabel("Member").selectOption({ label: "Zeki Teknisyen" });
  await page.keyboard.press("Tab");
  await expect(who.getByRole("button", { name: "Check access" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(answer).toHaveText(NOT_AUTHORISED);
  await expectNoSeriousAxeViolations(page, "the customer page with an access answer");

  // About the admin: everything.
  await who.getByLabel("Member").selectOption({ label: "Ada Yönetici" });
  await expect(answer).toHaveText("");
  await who.getByRole("button", { name: "Check access" }).click();
  await expect(answer).toHaveText("Ada Yönetici can see and change this customer: admins see and change everything.");

  // Authorised through the customer's technicians, the same question gets the other answer.
  const technicians = card(page, "Authorised technicians");
  await technicians.getByRole("button", { name: "Change technicians" }).click();
  await technicians.getByRole("checkbox", { name: "Zeki Teknisyen" }).check();
  await technicians.getByRole("button", { name: "Save technicians" }).click();
  await expect(page.getByText("Technicians saved")).toBeVisible();
  await who.getByLabel("Member").selectOption({ label: "Zeki Teknisyen" });
  await who.getByRole("button", { name: "Check access" }).click();
  await expect(answer).toHaveText(AUTHORISED);

  // From the member's side: the Members page, a customer picked from the combobox.
  await gotoReady(page, `/${slug}/members`);
  await page.getByRole("button", { name: "Check access to a customer for Zeki Teknisyen" }).click();
  const check = page.getByRole("group", { name: "Access of Zeki Teknisyen" });
  await check.getByRole("combobox", { name: "Customer" }).fill("anadolu");
  await page
    .getByRole("listbox")
    .getByRole("option", { name: /Anadolu Klima Ltd\./ })
    .click();
  await expect(check.getByRole("region", { name: "Answer" })).toHaveText(AUTHORISED);
  await expectNoSeriousAxeViolations(page, "the Members page with an access check open");
});
