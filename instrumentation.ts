export async function register() {
  // The e2e server's movable clock, in every process (lib/system/test-clock.ts); never under npm start.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.SERVIO_TEST_CLOCK === "1" && process.env.DATABASE_URL) {
    const { followTestClock } = await import("./lib/system/test-clock");
    followTestClock();
  }
  // The e-mail worker lives in the server process; SERVIO_WORKERS=off runs a web-only instance.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.SERVIO_WORKERS !== "off" && process.env.DATABASE_URL) {
    const { startWorkers } = await import("./lib/jobs/start-workers");
    await startWorkers();
  }
}
