export async function register() {
  // The e-mail worker lives in the server process; SERVIO_WORKERS=off runs a web-only instance.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.SERVIO_WORKERS !== "off" && process.env.DATABASE_URL) {
    const { startWorkers } = await import("./lib/jobs/start-workers");
    await startWorkers();
  }
}
