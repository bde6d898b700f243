import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER_STATE_SPECS } from "@/e2e/server-state-specs";

// Browser specs may run side by side, except those that move the e2e server's clock or job faults:
// a spec that moved the clock beside another would expire that one's session or links mid-test.
const dir = path.resolve("e2e");
const specs = readdirSync(dir).filter((f) => f.endsWith(".spec.ts"));
const movesServerState = (file: string) => /moveServerClock|\/api\/test-clock|\/api\/test-faults/.test(readFileSync(path.join(dir, file), "utf8"));

describe("e2e projects", () => {
  it("run every spec that moves the server's clock or faults one at a time, and only those", () => {
    for (const spec of specs) expect({ spec, serial: SERVER_STATE_SPECS.test(`${dir}/${spec}`) }).toEqual({ spec, serial: movesServerState(spec) });
  });

  it("name only specs that exist", () => {
    const names = SERVER_STATE_SPECS.source.match(/\(([^)]*)\)/)![1]!.split("|");
    for (const name of names) expect(specs).toContain(`${name}.spec.ts`);
  });
});
