import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { parseEnv } from "node:util";

const ENV_FILE = ".env.local";

function readEnvFile(): Record<string, string> {
  if (!existsSync(ENV_FILE)) return {};
  return parseEnv(readFileSync(ENV_FILE, "utf8")) as Record<string, string>;
}

/**
 * Gives a fresh checkout a stable AUTH_SECRET: when neither the environment nor .env.local has one,
 * a random secret is appended to .env.local (git-ignored). Then .env.local is loaded into
 * process.env without overriding variables that are already set. Returns whether a secret was made.
 */
export function loadEnvLocal(): { generatedSecret: boolean } {
  let generatedSecret = false;
  if (!process.env.AUTH_SECRET && !readEnvFile().AUTH_SECRET) {
    const existing = existsSync(ENV_FILE) ? readFileSync(ENV_FILE, "utf8") : "";
    const separator = existing && !existing.endsWith("\n") ? "\n" : "";
    appendFileSync(ENV_FILE, `${separator}AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`);
    generatedSecret = true;
  }
  for (const [key, value] of Object.entries(readEnvFile())) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
  return { generatedSecret };
}

export function redactUrl(url: string) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}
