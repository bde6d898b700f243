import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/test-clock/route";
import { now, setClockOffset } from "@/lib/clock";
import { followTestClock, POLL_MS } from "@/lib/system/test-clock";
import { closeConnections } from "./helpers";

const move = (to: string | null) =>
  POST(
    new Request("http://localhost/api/test-clock", { method: "POST", body: JSON.stringify({ to }), headers: { "content-type": "application/json" } }),
  );

afterEach(async () => {
  if (process.env.SERVIO_TEST_CLOCK === "1") await move(null);
  delete process.env.SERVIO_TEST_CLOCK;
  setClockOffset(0);
});
afterAll(closeConnections);

describe("the e2e test clock route", () => {
  it("is absent without SERVIO_TEST_CLOCK=1, and the clock stays real", async () => {
    delete process.env.SERVIO_TEST_CLOCK;
    expect((await GET()).status).toBe(404);
    expect((await move("2030-01-01T00:00:00Z")).status).toBe(404);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);

    // Under `npm start` the flag is blanked (scripts/start.ts): an empty value is no flag either.
    process.env.SERVIO_TEST_CLOCK = "";
    expect((await move("2030-01-01T00:00:00Z")).status).toBe(404);
    expect(now().getFullYear()).toBe(new Date().getFullYear());
  });

  it("moves the clock of this process and, through the shared row, of every other process of the server", async () => {
    process.env.SERVIO_TEST_CLOCK = "1";
    const response = await move("2030-06-03T09:00:00Z");
    expect(response.status).toBe(200);
    const moved = new Date(((await response.json()) as { now: string }).now);
    expect(Math.abs(moved.getTime() - Date.parse("2030-06-03T09:00:00Z"))).toBeLessThan(5000);
    expect(now().getUTCFullYear()).toBe(2030);

    // Another worker process starts with the real clock and follows the row within a poll or two.
    setClockOffset(0);
    expect(now().getUTCFullYear()).not.toBe(2030);
    followTestClock();
    await vi.waitFor(() => expect(now().getUTCFullYear()).toBe(2030), { timeout: 20 * POLL_MS, interval: POLL_MS / 4 });

    expect((await move("not a date")).status).toBe(400);
  });
});
