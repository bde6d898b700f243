import { existsSync } from "node:fs";
import { type BrowserContext, chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../e2e/chromium";
import { percentile } from "./http";

/**
 * How a list narrows in the browser: typing into its search box like a person, or (a list without
 * one) ticking a status in its status menu. `param`/`value` is what the URL must then hold.
 */
export type Narrow = { kind: "search"; text: string; param: "q" } | { kind: "status"; menu: string; option: string; param: "status"; value: string };

/** `pageParam`: the URL parameter of the list's keyset cursor (`after`, or `cursor` on contacts). */
export type ListPass = { key: string; path: string; narrow: Narrow; pageParam: string };

export type BrowserFigures = {
  /** The most prefetch requests any one view started (open, narrowed, next page). */
  prefetches_per_view: number;
  /** The most distinct pages one view prefetched (Next 16 may ask for a page in several requests). */
  prefetched_pages_per_view: number;
  prefetches_mean: number;
  /** Of those, prefetches of the pages behind row links (the old storm). */
  row_prefetches_per_view: number;
  /** What was prefetched, by path, over all views: where the remaining prefetches come from. */
  prefetched: Record<string, number>;
  narrow_kind: Narrow["kind"];
  typing_to_results_ms: number | null;
  typing_to_results_p95_ms: number | null;
  next_to_rows_ms: number | null;
  next_to_rows_p95_ms: number | null;
  /** Steps that did not reach their rows (timed out, control missing): reported, not fatal. */
  failures: string[];
};

export function assertChromium() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
}

/** "a=b; c=d" (the bench's signed-in cookie header) as browser cookies for `base`. */
function cookiesOf(header: string, base: string) {
  return header.split("; ").map((pair) => {
    const at = pair.indexOf("=");
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
  });
}

/** Network quiet, then the browser idle: by then next/link's viewport prefetches have been requested. */
async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 })));
}

/**
 * Arms a watcher in the page: it notes the time of the next `startEvent` (the last keystroke or the
 * click) and resolves, once the first row's text has changed, the URL holds `param` (= `value`
 * when given) and the first row `contains` the text looked for, with the milliseconds from that
 * event to the next frame after the change — the rows on screen, not the response received.
 * Rows are read from the DOM, so it measures the same whether rows come by RSC or as data.
 */
async function armWatcher(page: Page, spec: { startEvent: "keydown" | "click"; param: string; value?: string; contains?: string }) {
  await page.evaluate(`(${WATCHER})(${JSON.stringify(spec)})`);
}

// Plain JavaScript in a string: tsx compiles a function literal with helpers (__name) that do not
// exist in the page.
const WATCHER = `(s) => {
  const firstRow = () => document.querySelector("table.data-table tbody tr")?.textContent ?? "";
  const fold = (text) => text.toLocaleLowerCase("tr").normalize("NFD").replace(/\\p{M}/gu, "");
  const before = firstRow();
  let start = null;
  document.addEventListener(s.startEvent, (event) => (start = event.timeStamp), { capture: true, once: true });
  window.benchWatch = new Promise((resolve) => {
    let done = false;
    const check = () => {
      if (done || start === null) return;
      const row = firstRow();
      const held = new URL(location.href).searchParams.get(s.param);
      if (!row || row === before || held === null || (s.value !== undefined && !held.split(",").includes(s.value))) return;
      if (s.contains && !fold(row).includes(s.contains)) return;
      done = true;
      observer.disconnect();
      const from = start;
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - from)));
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    // The URL can change after the rows (no mutation then): look again every frame.
    const tick = () => {
      check();
      if (!done) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}`;

async function waitWatcher(page: Page, timeoutMs = 15_000) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      page.evaluate<number>("window.benchWatch"),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`rows did not change within ${timeoutMs} ms`)), timeoutMs))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Counts RSC/prefetch requests to other URLs than the list's own while `step` runs and the page settles. */
function prefetchCounter(page: Page, listPath: string, slug: string) {
  const rowPage = new RegExp(`^/${slug}/(customers|service)/[0-9a-f-]{36}$`);
  let all = 0;
  let rows = 0;
  let pages = new Set<string>();
  const paths: Record<string, number> = {};
  page.on("request", (request) => {
    const headers = request.headers();
    const url = new URL(request.url());
    if (url.pathname === listPath || !(headers["rsc"] || headers["next-router-prefetch"] || url.searchParams.has("_rsc"))) return;
    all++;
    if (rowPage.test(url.pathname)) rows++;
    paths[url.pathname] = (paths[url.pathname] ?? 0) + 1;
    pages.add(url.pathname);
  });
  const counted = async (step: () => Promise<void>) => {
    const [a, r] = [all, rows];
    pages = new Set();
    await step();
    await settle(page);
    return { all: all - a, rows: rows - r, pages: pages.size };
  };
  return { counted, paths };
}

async function narrowOnce(page: Page, narrow: Narrow): Promise<number | null> {
  if (narrow.kind === "search") {
    const box = page.getByRole("searchbox");
    if ((await box.count()) === 0) return null;
    await box.click();
    // A person types: ~80 ms between keys; the watcher times from the last one.
    await page.keyboard.type(narrow.text.slice(0, -1), { delay: 80 });
    await armWatcher(page, { startEvent: "keydown", param: narrow.param, value: narrow.text, contains: narrow.text });
    await page.waitForTimeout(80);
    await page.keyboard.press(narrow.text.slice(-1));
    return waitWatcher(page);
  }
  await page.getByRole("button", { name: narrow.menu, exact: true }).click();
  const option = page.getByRole("menuitemcheckbox", { name: narrow.option, exact: true });
  await option.waitFor();
  await armWatcher(page, { startEvent: "click", param: narrow.param, value: narrow.value });
  await option.click();
  const ms = await waitWatcher(page);
  await page.keyboard.press("Escape");
  return ms;
}

async function nextOnce(page: Page, pageParam: string): Promise<number | null> {
  const next = page.getByRole("navigation", { name: "Pages" }).getByText("Next page", { exact: true });
  if ((await next.count()) === 0) return null;
  await armWatcher(page, { startEvent: "click", param: pageParam });
  await next.click();
  return waitWatcher(page);
}

async function passList(context: BrowserContext, base: string, slug: string, list: ListPass, reps: number): Promise<BrowserFigures> {
  const narrowed: number[] = [];
  const nexts: number[] = [];
  const views: { all: number; rows: number; pages: number }[] = [];
  const prefetched: Record<string, number> = {};
  const failures: string[] = [];
  // A step that fails (a list under construction) leaves its figure out instead of ending the bench.
  const attempt = async (name: string, step: () => Promise<number | null>) => {
    try {
      return await step();
    } catch (error) {
      failures.push(`${list.key} ${name}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      return null;
    }
  };
  for (let i = 0; i < reps; i++) {
    const page = await context.newPage();
    try {
      const listPath = `/${slug}${list.path}`;
      const { counted, paths } = prefetchCounter(page, listPath, slug);
      // The pointer rests outside the list, as after arriving by the menu.
      await page.mouse.move(0, 0);
      views.push(
        await counted(async () => {
          await page.goto(`${base}${listPath}`);
          await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
          await page.locator("table.data-table tbody tr").first().waitFor();
        }),
      );
      let ms: number | null = null;
      views.push(await counted(async () => void (ms = await attempt("narrow", () => narrowOnce(page, list.narrow)))));
      if (ms !== null) narrowed.push(ms);
      let next: number | null = null;
      views.push(await counted(async () => void (next = await attempt("next page", () => nextOnce(page, list.pageParam)))));
      if (next !== null) nexts.push(next);
      for (const [path, n] of Object.entries(paths)) prefetched[path] = (prefetched[path] ?? 0) + n;
    } finally {
      await page.close();
    }
  }
  const median = (values: number[]) => (values.length ? percentile(values, 50) : null);
  const p95 = (values: number[]) => (values.length ? percentile(values, 95) : null);
  return {
    prefetches_per_view: Math.max(...views.map((v) => v.all)),
    prefetched_pages_per_view: Math.max(...views.map((v) => v.pages)),
    prefetches_mean: views.reduce((sum, v) => sum + v.all, 0) / views.length,
    row_prefetches_per_view: Math.max(...views.map((v) => v.rows)),
    prefetched,
    narrow_kind: list.narrow.kind,
    typing_to_results_ms: median(narrowed),
    typing_to_results_p95_ms: p95(narrowed),
    next_to_rows_ms: median(nexts),
    next_to_rows_p95_ms: p95(nexts),
    failures,
  };
}

/**
 * Issue 9's browser pass: Chromium, signed in as the bench user, over each list of the 100k org —
 * open, narrow (type or tick), next page — `reps` times, one fresh tab each time.
 */
export async function benchBrowser(base: string, slug: string, cookie: string, lists: ListPass[], reps = 5) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ locale: "en-GB" });
    await context.addCookies(cookiesOf(cookie, base));
    const results: Record<string, BrowserFigures> = {};
    for (const list of lists) results[list.key] = await passList(context, base, slug, list, reps);
    return results;
  } finally {
    await browser.close();
  }
}
