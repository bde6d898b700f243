import { existsSync, readFileSync } from "node:fs";

/**
 * After every spec: no page or client component rendered without its message (a namespace left
 * out of a client provider shows raw keys to users). The e2e server collects those log lines.
 */
export default function globalTeardown() {
  const logFile = process.env.E2E_MESSAGE_LOG;
  if (!logFile || !existsSync(logFile)) return;
  const lines = readFileSync(logFile, "utf8").trim();
  if (lines) throw new Error(`The e2e server logged missing messages:\n${lines}`);
}
