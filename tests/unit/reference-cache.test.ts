import { describe, expect, it } from "vitest";
import { dropReferenceScope, MAX_SCOPES, noteReferenceVersion, readThrough } from "@/lib/cache/reference-cache";

/** A loader that counts its calls and answers with the call number. */
function counter() {
  let calls = 0;
  return { load: async () => ++calls, calls: () => calls };
}

describe("reference cache", () => {
  it("serves a value at its version or any older one, and reloads for a newer one", async () => {
    const org = { kind: "org", id: "org-versions" } as const;
    const loader = counter();
    expect(await readThrough(org, "regions", 3, loader.load)).toBe(1);
    expect(await readThrough(org, "regions", 3, loader.load)).toBe(1);
    // A request that read an older version before the value was stored: the stored one is newer.
    expect(await readThrough(org, "regions", 2, loader.load)).toBe(1);
    expect(await readThrough(org, "regions", 4, loader.load)).toBe(2);
    expect(loader.calls()).toBe(2);
  });

  it("reloads for a context that still holds an old version once a newer one was seen, or after a drop", async () => {
    const org = { kind: "org", id: "org-noted" } as const;
    const loader = counter();
    await readThrough(org, "members", 1, loader.load);
    noteReferenceVersion(org, 2);
    expect(await readThrough(org, "members", 1, loader.load)).toBe(2);
    dropReferenceScope(org);
    expect(await readThrough(org, "members", 1, loader.load)).toBe(3);
  });

  it("shares one load between concurrent reads and does not keep a failed one", async () => {
    const org = { kind: "org", id: "org-concurrent" } as const;
    const loader = counter();
    const [first, second] = await Promise.all([readThrough(org, "tags", 0, loader.load), readThrough(org, "tags", 0, loader.load)]);
    expect([first, second, loader.calls()]).toEqual([1, 1, 1]);
    await expect(readThrough(org, "broken", 0, () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await readThrough(org, "broken", 0, async () => "recovered")).toBe("recovered");
  });

  it("keeps orgs and users apart", async () => {
    expect(await readThrough({ kind: "org", id: "same-id" }, "orgs", 0, async () => "org's")).toBe("org's");
    expect(await readThrough({ kind: "user", id: "same-id" }, "orgs", 0, async () => "user's")).toBe("user's");
  });

  it("holds at most MAX_SCOPES scopes, forgetting the least recently used", async () => {
    const loader = counter();
    const first = { kind: "org", id: "lru-0" } as const;
    await readThrough(first, "regions", 0, loader.load);
    for (let i = 1; i <= MAX_SCOPES; i++) await readThrough({ kind: "org", id: `lru-${i}` }, "regions", 0, async () => i);
    expect(await readThrough({ kind: "org", id: `lru-${MAX_SCOPES}` }, "regions", 0, loader.load)).toBe(MAX_SCOPES);
    // The first scope was the oldest when the cap was passed: loaded again.
    expect(await readThrough(first, "regions", 0, loader.load)).toBe(2);
  });
});
