import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, runDirName } from "../../scripts/lib/database";

const root = path.resolve(import.meta.dirname, "../..");
const children: ChildProcess[] = [];

function run(mode: "hold" | "restart", dataDir: string, port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/integration/fixtures/embedded-postgres-process.ts", mode, dataDir, String(port)], {
    cwd: root,
    stdio: ["pipe", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const waitFor = async (pattern: RegExp, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(output)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`expected ${pattern} from the ${mode} process, got:\n${output}`);
      await sleep(50);
    }
    return pattern.exec(output)!;
  };
  return { child, exited, waitFor, output: () => output };
}

function processState(pid: number) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  } catch {
    return "gone";
  }
}

const dataDir = path.join(root, ".data", runDirName("restart"));

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start right after a crash", () => {
  it("starts the embedded database although the killed postmaster is still a zombie", { timeout: 90_000 }, async () => {
    const port = await freePort();
    const first = run("hold", dataDir, port);
    const pid = Number((await first.waitFor(/ready (\d+)/, 60_000))[1]);

    first.child.stdin!.write("block 10000\n");
    await first.waitFor(/blocking/, 5_000);
    process.kill(pid, "SIGKILL");
    for (let i = 0; i < 50 && processState(pid) !== "Z"; i++) await sleep(20);
    // The crash as it happens: the postmaster is dead but not reaped, so kill(pid, 0) still succeeds.
    expect(processState(pid)).toBe("Z");
    expect(() => process.kill(pid, 0)).not.toThrow();

    const startedAt = Date.now();
    const second = run("restart", dataDir, port);
    expect(await second.exited, second.output()).toBe(0);
    expect(second.output()).toContain("restarted");
    console.log(`restarted ${Date.now() - startedAt} ms after the crash (zombie: ${processState(pid) === "Z"})`);
  });
});
