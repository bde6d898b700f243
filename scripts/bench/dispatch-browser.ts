import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../e2e/chromium";
import { percentile } from "./http";

// Plain JavaScript in a string (see browser.ts): resolves, in the frame after it holds, when the
// technicians' rows hold `expected` planned records (the board's record buttons inside rows; the
// unplanned lane's cards do not count), so it times the cards on screen, not the response.
const ALL_DRAWN = `(expected) => new Promise((resolve) => {
  const count = () => document.querySelectorAll("[data-drop-row] [data-record-id]").length;
  const tick = () => (count() >= expected ? requestAnimationFrame(() => resolve(performance.now())) : requestAnimationFrame(tick));
  tick();
})`;

/**
 * Chromium, signed in as the bench user: opens the dispatch board's week `reps` times in a fresh
 * tab and takes the time from the navigation's start to the frame where all `expected` planned
 * records are drawn on the technicians' rows. Returns p50 and p95 in ms.
 */
export async function benchDispatchWeek(base: string, slug: string, cookie: string, expected: number, reps = 7) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
      }),
    );
    const times: number[] = [];
    // The first view warms the server's and the browser's caches and is not counted.
    for (let i = 0; i <= reps; i++) {
      const page = await context.newPage();
      try {
        await page.goto(`${base}/${slug}/dispatch?span=week`, { waitUntil: "commit" });
        // A board that never draws every record (a markup change) fails the bench, not hangs it.
        const drawnAt = await Promise.race([
          page.evaluate<number>(`(${ALL_DRAWN})(${expected})`),
          page.waitForTimeout(60_000).then(() => {
            throw new Error(`the dispatch board's week did not show ${expected} records within 60 s`);
          }),
        ]);
        if (i > 0) times.push(drawnAt);
      } finally {
        await page.close();
      }
    }
    return { p50: Math.round(percentile(times, 50)), p95: Math.round(percentile(times, 95)) };
  } finally {
    await browser.close();
  }
}
