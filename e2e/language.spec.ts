import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { gotoReady, signUp, uniqueEmail } from "./helpers";

type Tree = { [key: string]: string | Tree };
const load = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Tree;
const flatten = (tree: Tree, prefix = ""): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)))),
  );

const en = flatten(load("en"));
const tr = flatten(load("tr"));
// English strings that differ in Turkish; placeholders cut so "Welcome, {name}." checks "Welcome, ".
const englishOnly = Object.entries(en)
  .filter(([key, value]) => tr[key] !== value)
  .map(([, value]) => value.split("{")[0]!.trim())
  .filter((fragment) => fragment.length >= 4);

async function expectNoEnglish(page: Page) {
  const text = await page.locator("body").innerText();
  const leftovers = englishOnly.filter((fragment) => text.includes(fragment));
  expect(leftovers, "English catalogue text still on the Turkish page").toEqual([]);
}

test("switching to Turkish shows Turkish text everywhere on the page", async ({ page }) => {
  await gotoReady(page, "/sign-in");
  await page.getByLabel("Language").selectOption("tr");
  await expect(page.getByRole("heading", { name: tr["auth.signInTitle"]! })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "tr");
  await expectNoEnglish(page);

  // Signed in, the choice follows the user through the app.
  await page.getByLabel(tr["shell.language"]!).selectOption("en");
  await expect(page.getByRole("heading", { name: en["auth.signInTitle"]! })).toBeVisible();
  const org = `Dil Testi ${Date.now()}`;
  const slug = await signUp(page, { name: "Selin Aydın", email: uniqueEmail("selin"), org });
  await page.getByLabel("Language").selectOption("tr");
  await expect(page.getByRole("link", { name: tr["nav.members"]! }).first()).toBeVisible();
  await expectNoEnglish(page);
  for (const path of ["members", "permissions", "settings", "account"]) {
    await gotoReady(page, `/${slug}/${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoEnglish(page);
  }
});
