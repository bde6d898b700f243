import { expect, test } from "@playwright/test";
import { gotoReady, inviteMember, signUp, uniqueEmail } from "./helpers";

// Issue 13 item 4 (SPEC W2, W3): book an appointment for a colleague on a customer, book an
// overlapping one and save it despite the warning naming the clash, see both on the week view,
// drag one to another day and open it from the calendar. New orgs are in Istanbul's zone.

const ZONE = "Europe/Istanbul";

/** Today in Istanbul and another day of the same (Sunday-first, English) week, as YYYY-MM-DD. */
function days() {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date());
  const noon = new Date(`${today}T12:00:00Z`);
  const other = new Date(noon);
  other.setUTCDate(noon.getUTCDate() + (noon.getUTCDay() === 6 ? -1 : 1));
  return { today, other: other.toISOString().slice(0, 10), otherNoon: other };
}

/** 10:00 in Istanbul (UTC+3 all year) on `day`, as the form's prefill wants it. */
const at = (day: string, time: string) => new Date(`${day}T${time}:00+03:00`).toISOString();

test("book for a colleague, clash, save anyway, drag to another day, open it from the calendar", async ({ page, browser }) => {
  const slug = await signUp(page, { name: "Selin Ajanda", email: uniqueEmail("selin"), org: `Ajanda ${Date.now()}` });
  const colleague = await inviteMember(page, browser, slug, { name: "Kerem Teknisyen", level: "Contribute" });
  await colleague.context().close();

  await gotoReady(page, `/${slug}/customers/new`);
  await page.getByRole("group", { name: "Company" }).getByLabel("Company name").fill("Ege Isı Sistemleri");
  await page.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Mert Kaya");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ege Isı Sistemleri" })).toBeVisible();
  const customerId = new URL(page.url()).pathname.split("/").pop()!;

  const { today, other, otherNoon } = days();
  const book = async (title: string, start: string, extra = "") => {
    await gotoReady(page, `/${slug}/agenda/new?startsAt=${encodeURIComponent(start)}&durationMinutes=60${extra}`);
    await page.getByLabel("Title").fill(title);
    // Booked for the colleague only: the booker does not attend.
    await page.getByRole("checkbox", { name: "Selin Ajanda" }).uncheck();
    await page.getByRole("checkbox", { name: "Kerem Teknisyen" }).check();
    await page.getByRole("button", { name: "Book appointment" }).click();
  };
  await book("Kombi bakımı", at(today, "10:00"), `&customerId=${customerId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Kombi bakımı" })).toBeVisible();
  await book("Keşif ziyareti", at(today, "10:30"));
  const warning = page.getByRole("alert").filter({ hasText: "clashes" });
  await expect(warning).toContainText("Kerem Teknisyen: Kombi bakımı");
  await warning.getByRole("button", { name: "Save anyway" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Keşif ziyareti" })).toBeVisible();

  await gotoReady(page, `/${slug}/agenda?view=week`);
  const first = page.locator("[data-appointment-id]", { hasText: "Kombi bakımı" });
  const second = page.locator("[data-appointment-id]", { hasText: "Keşif ziyareti" });
  await expect(first).toContainText("Ege Isı Sistemleri");
  await expect(first).toContainText("(KT)");
  await expect(second).toBeVisible();

  // Drag the second one to the other day's column, at the same height (the same time). The week
  // grid runs from midnight, so 10:30 is below the fold: bring it into view first.
  await second.scrollIntoViewIfNeeded();
  const from = (await second.boundingBox())!;
  const column = (await page.locator(`[data-date="${other}"]`).first().boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 8);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + 12, { steps: 5 });
  await page.mouse.move(from.x + from.width / 2 + 30, from.y + 10, { steps: 5 });
  await page.mouse.move(column.x + column.width / 2, from.y + 8, { steps: 15 });
  await page.mouse.up();
  await expect(page.getByText("Appointment moved.")).toBeVisible();

  await second.click();
  await expect(page.getByRole("heading", { level: 1, name: "Keşif ziyareti" })).toBeVisible();
  const weekday = new Intl.DateTimeFormat("en", { weekday: "long", timeZone: ZONE }).format(otherNoon);
  await expect(page.getByText(new RegExp(`${weekday}.*10:30`))).toBeVisible();
});
