import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const BLOCKING = new Set(["serious", "critical"]);

/**
 * Runs axe on the page as it is now and fails (softly, so one run reports every page) on any
 * serious or critical violation, printing each rule, why it matters and the offending elements.
 * Minor and moderate findings are printed too, but do not fail.
 */
export async function expectNoSeriousAxeViolations(page: Page, where: string) {
  // Wait for the page to settle: a half-rendered page is scanned against its own loading state.
  await page.waitForLoadState("networkidle");
  // ...and for running transitions (a toast sliding in is scanned against its half-faded colours).
  // Endless ones (spinners) never finish and are left out.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const { violations } = await new AxeBuilder({ page })
    // Off in axe's default run, yet a WCAG 2.5.3 (A) failure: a control whose name does not
    // contain its visible text cannot be operated by voice ("click Mavi Servis").
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  const describe = (list: typeof violations) =>
    list
      .map((v) => {
        const nodes = v.nodes.map((n) => `    ${n.target.join(" > ")}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`);
        return `  ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})\n${nodes.join("\n")}`;
      })
      .join("\n");
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ""));
  const other = violations.filter((v) => !BLOCKING.has(v.impact ?? ""));
  if (other.length) console.log(`axe, ${where} (not blocking):\n${describe(other)}`);
  expect
    .soft(
      blocking.map((v) => v.id),
      `axe found serious or critical violations on ${where}:\n${describe(blocking)}`,
    )
    .toEqual([]);
}
