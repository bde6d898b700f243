import { describe, expect, it } from "vitest";
import { axisDays, segmentsOnAxis, slotAt, stackInLanes } from "@/lib/dispatch/board-axis";
import { boardSearch, parseBoardQuery } from "@/lib/dispatch/board-params";

const ZONE = "Europe/Istanbul"; // UTC+3 all year
const HOURS = { startMinute: 9 * 60, endMinute: 18 * 60 };
const WEEK = ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05", "2027-03-06", "2027-03-07"];

describe("the dispatch board's time axis", () => {
  it("snaps a point to the half hour under it, in the org's zone", () => {
    // 10:00 on a one-day axis of 09:00–18:00 lies at 1/9; a little right of it is still 10:00.
    expect(slotAt(1 / 9 + 0.01, ["2027-03-01"], HOURS, ZONE)).toEqual({ day: "2027-03-01", minute: 600, startsAt: "2027-03-01T07:00:00.000Z" });
    // Just left of 10:00 is the 09:30 slot; the last point is the last slot, not the next morning.
    expect(slotAt(1 / 9 - 0.001, ["2027-03-01"], HOURS, ZONE).minute).toBe(570);
    expect(slotAt(1, ["2027-03-01"], HOURS, ZONE).minute).toBe(17 * 60 + 30);
    // On a week the third seventh is Wednesday.
    expect(slotAt(2 / 7 + 0.0001, WEEK, HOURS, ZONE).day).toBe("2027-03-03");
  });

  it("places a slot on the days it touches and pins one outside the hours to its day's edge", () => {
    const axis = axisDays(WEEK, HOURS, ZONE);
    const [only] = segmentsOnAxis("2027-03-02T07:00:00.000Z", "2027-03-02T08:00:00.000Z", axis);
    expect(only!.left).toBeCloseTo((1 + 1 / 9) / 7);
    expect(only!.width).toBeCloseTo(1 / 9 / 7);
    // 17:00 Tuesday to 10:00 Wednesday: an hour on each day.
    const overnight = segmentsOnAxis("2027-03-02T14:00:00.000Z", "2027-03-03T07:00:00.000Z", axis);
    expect(overnight.map((s) => Math.round(s.width * 7 * 9))).toEqual([1, 1]);
    // 20:00–23:00 Tuesday, planned anyway: pinned to Tuesday's late edge, not lost.
    const [late] = segmentsOnAxis("2027-03-02T17:00:00.000Z", "2027-03-02T20:00:00.000Z", axis);
    expect(late!.width).toBe(0);
    expect(late!.left).toBeGreaterThan(1 / 7);
    expect(late!.left).toBeLessThan(2 / 7);
  });

  it("stacks overlapping cards in lanes; touching ones share one", () => {
    const { placed, lanes } = stackInLanes([
      { start: "2027-03-01T07:00:00.000Z", end: "2027-03-01T08:00:00.000Z" },
      { start: "2027-03-01T08:00:00.000Z", end: "2027-03-01T09:00:00.000Z" },
      { start: "2027-03-01T07:30:00.000Z", end: "2027-03-01T08:30:00.000Z" },
    ]);
    expect(lanes).toBe(2);
    expect(placed.map((p) => p.lane)).toEqual([0, 1, 0]);
  });

  it("reads the URL's view, dropping a malformed part instead of the whole view", () => {
    const query = parseBoardQuery({ date: "2027-03-01", span: "day", region: "not-an-id" });
    expect(query).toMatchObject({ date: "2027-03-01", span: "day", region: null });
    expect(boardSearch(query)).toBe("?date=2027-03-01&span=day");
    expect(parseBoardQuery({}).span).toBe("week");
  });
});
