// Rebuilds the production build when it is missing or older than the sources.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
const SOURCE_DIRS = ["app", "components", "lib", "db", "emails", "messages"];
const SOURCE_FILES = ["package.json", "next.config.ts", "proxy.ts", "instrumentation.ts", "tsconfig.json", "postcss.config.mjs"];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes the directory's mtime
  for (const child of readdirSync(entry)) {
    if (child === "node_modules" || child.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

function buildIsStale() {
  const buildId = path.join(".next", "BUILD_ID");
  if (!existsSync(buildId)) return "no production build yet";
  const built = statSync(buildId).mtimeMs;
  const changed = Math.max(...[...SOURCE_DIRS, ...SOURCE_FILES].map(newestMtime));
  return changed > built ? "sources changed since the last build" : undefined;
}

/** Builds if needed; exits the process when the build fails. */
export function ensureBuild() {
  const stale = buildIsStale();
  if (stale) {
    console.log(`Building (${stale}) …`);
    const started = performance.now();
    const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit" });
    if (build.status !== 0) {
      console.error(`next build failed (${build.status ?? build.signal}).`);
      process.exit(build.status || 1);
    }
    console.log(`Build finished in ${Math.round(performance.now() - started)} ms.`);
  } else {
    console.log("Production build is up to date.");
  }
}
