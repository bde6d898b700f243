import { expect, test } from "@playwright/test";
import { gotoReady, inviteMember, signUp, uniqueEmail } from "./helpers";

// Issue 13 item 3 (SPEC W2): booking a colleague without attending oneself; a second booking over
// the same slot is held back with a warning naming the clash, and "Save anyway" books it.
// New orgs are in Istanbul's zone (UTC+3 all year).

function istanbulTomorrowAt(time: string) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Istanbul" }).format(new Date());
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return `${day.toISOString().slice(0, 10)}T${time}:00+03:00`;
}

test("books a colleague, warns of the clash by name, saves anyway", async ({ page, browser }) => {
  const slug = await signUp(page, { name: "Selin Ajanda", email: uniqueEmail("selin"), org: `Randevu ${Date.now()}` });
  const colleague = await inviteMember(page, browser, slug, { name: "Ece Kaya", level: "Contribute" });
  await colleague.context().close();

  const startsAt = encodeURIComponent(istanbulTomorrowAt("10:00"));
  const book = async (title: string) => {
    await gotoReady(page, `/${slug}/agenda/new?startsAt=${startsAt}&durationMinutes=60`);
    await expect(page.getByLabel("Start time")).toHaveValue("10:00");
    await page.getByLabel("Title").fill(title);
    // Booked for the colleague only: the booker need not attend.
    await page.getByRole("checkbox", { name: "Selin Ajanda" }).uncheck();
    await page.getByRole("checkbox", { name: "Ece Kaya" }).check();
    await page.getByRole("button", { name: "Book appointment" }).click();
  };

  await book("Kurulum ziyareti");
  await expect(page.getByRole("heading", { level: 1, name: "Kurulum ziyareti" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ece Kaya" })).toHaveAttribute("href", /\/members\//);

  await book("Çakışan toplantı");
  const warning = page.getByRole("alert").filter({ hasText: "Save anyway" });
  await expect(warning).toContainText("Ece Kaya: Kurulum ziyareti");
  await expect(warning).toContainText("10:00");
  await expect(page.getByLabel("Title")).toHaveValue("Çakışan toplantı");
  await warning.getByRole("button", { name: "Save anyway" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Çakışan toplantı" })).toBeVisible();
});
