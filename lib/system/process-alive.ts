import { readFileSync } from "node:fs";

// No `import "server-only"`: the start-up scripts (db/embedded.ts, scripts/lib/database.ts) use
// this too, before any server exists.

/**
 * The state letter in /proc/<pid>/stat ("R", "S", "Z", …), or undefined off Linux or when the
 * process is gone. The command name in parentheses may contain spaces and parentheses, so the
 * state is read after the last ")".
 */
function procState(pid: number) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * True while a process with this pid exists and has not exited. `kill(pid, 0)` alone also
 * succeeds for a zombie: a killed postmaster whose parent has not reaped it yet is dead (its
 * sockets are closed, its pid file is stale) but still answers signal 0 for a second or two.
 */
export function processAlive(pid: number) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const state = procState(pid);
  return state !== "Z" && state !== "X";
}
