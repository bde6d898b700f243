// Debian's Chromium (apt-get install chromium) and the flags every browser run here uses: the e2e
// specs (playwright.config.ts) and the bench's browser pass (scripts/bench/browser.ts) alike.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
