import { type Browser, expect, type Page, test } from "@playwright/test";
import timerMessages from "../messages/timer/en.json" with { type: "json" };
import { card, gotoReady, openMailLink, PASSWORD, replyInMailbox, signUp, uniqueEmail } from "./helpers";

// Issue 8, item 19: a technician works from a phone. At 375 × 812 no page they use scrolls
// sideways: the service list, the record page (timer running, on-site times, the thread with an
// e-mail reply and attachments, the assignment answers), My day with its check-in, quick support
// entry, pending forms, the overview, the customer page, the header with the running timer and the menu.

const PHONE = { width: 375, height: 812 };
const checkIn = timerMessages.card.checkIn;

/** The page's width and, when it is too wide, the outermost elements that stick out (to fix). */
async function expectFitsPhone(page: Page, where: string) {
  await page.waitForLoadState("networkidle");
  const measured = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== "visible") return true;
      return false;
    };
    const out = (el: Element) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > limit + 0.5 && !clipped(el);
    // The innermost elements that stick out: where a fix belongs.
    const sticking = [...document.body.querySelectorAll("*")].filter((el) => out(el) && ![...el.children].some(out));
    return {
      width: document.documentElement.scrollWidth,
      sticking: sticking
        .slice(0, 8)
        .map(
          (el) =>
            `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}"> right=${Math.round(el.getBoundingClientRect().right)} "${(el.textContent ?? "").trim().slice(0, 40)}"`,
        ),
    };
  });
  expect
    .soft(measured.width, `${where} is ${measured.width}px wide at 375px; sticking out:\n${measured.sticking.join("\n")}`)
    .toBeLessThanOrEqual(PHONE.width);
}

/** Invites a Contribute-level member who signs up on a phone. Returns their page and name. */
async function inviteTechnician(page: Page, browser: Browser, slug: string) {
  const email = uniqueEmail("teknisyen");
  const name = "Tekin Sahada Çalışan Teknisyen";
  await gotoReady(page, `/${slug}/members`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Level").selectOption({ label: "Contribute" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
  const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
  await openMailLink(phone, email, /You are invited to/, "Accept invitation");
  await phone.getByLabel("Your name").fill(name);
  await phone.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await phone.getByRole("button", { name: "Accept invitation" }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toBeVisible();
  return { page: phone, email, name };
}

test("a Contribute-level technician's pages fit a 375 px phone without sideways scrolling", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const customerEmail = uniqueEmail("muhasebe.departmani.uzun.adres");
  const slug = await signUp(page, { name: "Oya Operatör", email: uniqueEmail("oya"), org: `Mobil Servis ve Güvenlik Sistemleri ${Date.now()}` });
  const tech = await inviteTechnician(page, browser, slug);

  // The office files a record for a customer with long names, assigned to the technician.
  await gotoReady(page, `/${slug}/customers/new`);
  const company = page.getByRole("group", { name: "Company" });
  await company.getByLabel("Company name").fill("Kuzey Anadolu Güvenlik Sistemleri ve Kamera Teknolojileri Ltd. Şti.");
  await company.getByLabel("Account code").fill("KAG-2026-0001");
  await company.getByLabel("E-mail").fill(customerEmail);
  await company.getByLabel("Phone", { exact: true }).fill("+90 532 123 45 67");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Mehmet Ali Karadenizoğlu");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Kuzey Anadolu/ })).toBeVisible();
  const customerUrl = new URL(page.url()).pathname;
  await card(page, "Service records").getByRole("link", { name: "New service record" }).click();
  await page.getByLabel("Subject text").fill("Depo girişindeki IP kameraların ve NVR kayıt cihazının yerinde bakımı");
  // Planned for today in the org's zone (Istanbul, from the English sign-up), so it is on My day.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Istanbul" }).format(new Date());
  await page.getByLabel("Planned start").fill(`${today}T00:05`);
  await page.getByLabel("Planned end").fill(`${today}T23:55`);
  await page.getByRole("checkbox", { name: tech.name }).check();
  await page.getByRole("button", { name: "Create record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Depo girişindeki/ })).toBeVisible();
  const recordUrl = new URL(page.url()).pathname;
  const number = (await page.getByRole("heading", { level: 1 }).textContent())!.match(/#(\d+)/)![1]!;
  await page.getByRole("button", { name: "Start work", exact: true }).click();
  await expect(page.getByText("In progress", { exact: true }).first()).toBeVisible();

  // The technician answers by replying to the assignment e-mail: an e-mail message in the thread.
  const phone = tech.page;
  await replyInMailbox(phone, tech.email, new RegExp(`Service #${number} assigned to you`), "Accept — I will be there on Monday morning.");

  // My day: today's visit with the customer's phone to tap; arrival is recorded from here.
  await gotoReady(phone, `/${slug}/my-day`);
  const visit = phone.getByRole("article", { name: new RegExp(`#${number} Depo girişindeki`) });
  await expect(visit).toContainText("Kuzey Anadolu Güvenlik Sistemleri");
  await expect(visit.getByRole("link", { name: "+90 532 123 45 67" })).toHaveAttribute("href", "tel:+905321234567");
  await expectFitsPhone(phone, "My day");
  await visit.getByRole("button", { name: checkIn }).click();
  await expect(visit.getByRole("button", { name: checkIn })).toHaveCount(0);

  // On site: the record page knows the arrival; the timer, and a note with two attachments with long names.
  await gotoReady(phone, recordUrl);
  await expect(phone.getByRole("button", { name: checkIn })).toHaveCount(0);
  await card(phone, "Time").getByRole("button", { name: "Start", exact: true }).click();
  await expect(card(phone, "Time").getByRole("button", { name: "Stop", exact: true })).toBeVisible();
  await phone.getByLabel("New message").fill("Kamera-3 lensi değiştirildi; NVR yazılımı güncellendi.");
  await phone.getByLabel("Attach files").setInputFiles([
    { name: "depo-girisi-kamera-3-oncesi-ve-sonrasi-fotografi.png", mimeType: "image/png", buffer: PNG },
    { name: "nvr-yazilim-guncelleme-raporu-2026.txt", mimeType: "text/plain", buffer: Buffer.from("NVR firmware 4.2.1\n") },
  ]);
  await phone.getByRole("button", { name: "Send", exact: true }).click();
  await expect(phone.getByRole("list", { name: "Attachments" }).first()).toBeVisible();
  await expect(phone.getByRole("list", { name: "Assigned people" }).getByRole("listitem").filter({ hasText: tech.name })).toContainText(/accepted/i);
  await expectFitsPhone(phone, "the service record page, timer running");

  // The header keeps the running timer on every page; the menu opens as a drawer.
  await gotoReady(phone, `/${slug}/service`);
  await expect(phone.getByRole("link", { name: new RegExp(`#${number}`) }).first()).toBeVisible();
  await expectFitsPhone(phone, "the service list");
  await phone.getByRole("button", { name: "Open menu" }).click();
  const menu = phone.getByRole("dialog", { name: "Main navigation" });
  await expect(menu.getByRole("link", { name: "Service", exact: true })).toBeVisible();
  await expectFitsPhone(phone, "the open menu");
  await menu.getByRole("link", { name: "Customers", exact: true }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  await expectFitsPhone(phone, "the customer list");

  await gotoReady(phone, customerUrl);
  await expect(phone.getByRole("heading", { level: 1, name: /Kuzey Anadolu/ })).toBeVisible();
  await expectFitsPhone(phone, "the customer page");

  await gotoReady(phone, `/${slug}`);
  await expect(phone.getByRole("heading", { level: 1 })).toBeVisible();
  await expectFitsPhone(phone, "the overview");

  await gotoReady(phone, `/${slug}/service/support`);
  await expect(phone.getByRole("heading", { level: 1 })).toBeVisible();
  await expectFitsPhone(phone, "quick support entry");

  // The office completes; the customer approves; the record waits in Pending service forms.
  await gotoReady(phone, recordUrl);
  await card(phone, "Time").getByRole("button", { name: "Stop", exact: true }).click();
  await expect(card(phone, "Time").getByRole("button", { name: "Start", exact: true })).toBeVisible();
  await gotoReady(page, recordUrl);
  await page.getByLabel("Result").fill("Kamera-3 lensi değiştirildi, NVR güncellendi, kayıtlar test edildi.");
  await page.getByRole("button", { name: "Complete and send report" }).click();
  await expect(page.getByText(`Completed. The report was sent to ${customerEmail}.`)).toBeVisible();
  const customer = await (await browser.newContext()).newPage();
  await openMailLink(customer, customerEmail, /Service report/, "Review and approve");
  const nine = customer.getByRole("radio", { name: "9", exact: true });
  await customer.locator("label").filter({ has: nine }).click();
  await customer.getByLabel("Comment (optional)").fill("Ekip çok hızlı ve titiz çalıştı, depo girişindeki kameralar artık net görüntü veriyor.");
  await customer.getByRole("button", { name: "Approve service" }).click();
  await expect(customer.getByText("Thank you!")).toBeVisible();

  await gotoReady(phone, `/${slug}/service/pending`);
  await expect(phone.getByRole("row").filter({ hasText: /Depo girişindeki/ })).toBeVisible();
  await expectFitsPhone(phone, "pending service forms");
  await gotoReady(phone, recordUrl);
  await expect(phone.getByRole("heading", { level: 1, name: /Depo girişindeki/ })).toBeVisible();
  await expectFitsPhone(phone, "the approved service record page");
});

// A 1×1 PNG: a real image, so the server's content check accepts it.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
