import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

// The turbopackIgnore markers keep the bundler from tracing the whole project into the server
// output: these paths are runtime data under FILES_DIR, never source files.
function filesRoot() {
  return path.resolve(/*turbopackIgnore: true*/ process.env.FILES_DIR || ".data/files");
}

const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

/** Keys are ours (`<org>/<uuid>`), never a client's; the check keeps a bad row from escaping the root. */
function pathFor(storageKey: string) {
  if (!KEY.test(storageKey)) throw new Error(`bad storage key ${storageKey}`);
  return path.join(/*turbopackIgnore: true*/ filesRoot(), storageKey);
}

/** Local disk under FILES_DIR (default .data/files), one directory per org. */
export async function storeFile(orgId: string, bytes: Uint8Array) {
  const storageKey = `${orgId}/${randomUUID()}`;
  const file = pathFor(storageKey);
  await mkdir(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
  await writeFile(/*turbopackIgnore: true*/ file, bytes, { flag: "wx" });
  return storageKey;
}

export async function readStoredFile(storageKey: string) {
  return readFile(/*turbopackIgnore: true*/ pathFor(storageKey));
}

export async function removeStoredFile(storageKey: string) {
  await rm(/*turbopackIgnore: true*/ pathFor(storageKey), { force: true });
}
