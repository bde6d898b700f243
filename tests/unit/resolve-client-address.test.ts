import { describe, expect, it } from "vitest";
import { isLoopbackAddress, normalizeAddress, parseTrustedProxies, resolveClientAddress } from "@/lib/http/resolve-client-address.mjs";

const resolve = (socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies = "") =>
  resolveClientAddress({ socketAddress, forwardedFor, trusted: parseTrustedProxies(trustedProxies) });

describe("normalizeAddress", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    [" 203.0.113.7 ", "203.0.113.7"],
    ["203.0.113.7:51234", "203.0.113.7"],
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["::FFFF:203.0.113.7", "203.0.113.7"],
    ["0:0:0:0:0:ffff:203.0.113.7", "203.0.113.7"],
    ["::ffff:7f00:1", "127.0.0.1"],
    ["2001:DB8::1", "2001:db8::1"],
    ["[2001:db8::1]:443", "2001:db8::1"],
    ["fe80::1%eth0", "fe80::1"],
    ["::1", "::1"],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });

  it.each(["", "unknown", "evil.example", "127.0.0.1.evil", "999.1.1.1", "1.2.3", "_hidden"])("refuses %j", (raw) => {
    expect(normalizeAddress(raw)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("matches addresses and IPv4/IPv6 CIDR blocks, IPv4-mapped peers included", () => {
    const trusted = parseTrustedProxies("127.0.0.1, 10.0.0.0/8 fd00::/8\n192.168.1.0/24");
    expect(trusted.size).toBe(4);
    expect(trusted.has("127.0.0.1")).toBe(true);
    expect(trusted.has(normalizeAddress("::ffff:127.0.0.1"))).toBe(true);
    expect(trusted.has("127.0.0.2")).toBe(false);
    expect(trusted.has("10.255.3.4")).toBe(true);
    expect(trusted.has("11.0.0.1")).toBe(false);
    expect(trusted.has("fd12:3456::1")).toBe(true);
    expect(trusted.has("fe80::1")).toBe(false);
    expect(trusted.has("192.168.1.200")).toBe(true);
    expect(trusted.has("192.168.2.1")).toBe(false);
    expect(trusted.has(null)).toBe(false);
  });

  it("trusts nobody when unset or empty", () => {
    for (const setting of [undefined, "", " , "]) {
      const trusted = parseTrustedProxies(setting);
      expect(trusted.size).toBe(0);
      expect(trusted.has("127.0.0.1")).toBe(false);
    }
  });

  it.each(["localhost", "10.0.0.0/33", "fd00::/129", "10.0.0.0/8/1", "10.0.0.0/x", "10.0.0.0/"])("stops at an invalid entry %j", (setting) => {
    expect(() => parseTrustedProxies(setting)).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("resolveClientAddress", () => {
  it("without TRUSTED_PROXIES is the socket's address, whatever X-Forwarded-For says", () => {
    expect(resolve("203.0.113.7", undefined)).toBe("203.0.113.7");
    expect(resolve("203.0.113.7", "127.0.0.1")).toBe("203.0.113.7");
    expect(resolve("127.0.0.1", "203.0.113.7")).toBe("127.0.0.1");
    expect(resolve("::ffff:127.0.0.1", "198.51.100.1, 198.51.100.2")).toBe("127.0.0.1");
    expect(resolve("2001:db8::5", "::1")).toBe("2001:db8::5");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(resolve("198.51.100.9", "127.0.0.1", "127.0.0.1")).toBe("198.51.100.9");
    expect(resolve("127.0.0.3", "203.0.113.7", "127.0.0.2")).toBe("127.0.0.3");
  });

  it("behind a trusted proxy is the address that proxy saw (the right-most entry)", () => {
    expect(resolve("127.0.0.1", "203.0.113.7", "127.0.0.1")).toBe("203.0.113.7");
    expect(resolve("::ffff:10.0.0.5", "203.0.113.7", "10.0.0.0/8")).toBe("203.0.113.7");
    expect(resolve("fd00::2", "2001:db8::7", "fd00::/8")).toBe("2001:db8::7");
    expect(resolve("127.0.0.1", "203.0.113.7:60123", "127.0.0.1")).toBe("203.0.113.7");
  });

  it("walks past every trusted hop and ignores what the client wrote to their left", () => {
    // Client 203.0.113.7 sent "127.0.0.1, 198.51.100.1" itself; the CDN (10.1.1.1) and the local
    // proxy (127.0.0.1) each appended the peer they saw.
    const chain = "127.0.0.1, 198.51.100.1, 203.0.113.7, 10.1.1.1";
    expect(resolve("127.0.0.1", chain, "127.0.0.1, 10.0.0.0/8")).toBe("203.0.113.7");
    // Two headers are one list, in order.
    expect(resolve("127.0.0.1", ["127.0.0.1, 203.0.113.7", "10.1.1.1"], "127.0.0.1, 10.0.0.0/8")).toBe("203.0.113.7");
    // Only the local proxy is trusted: the CDN's address is the client.
    expect(resolve("127.0.0.1", chain, "127.0.0.1")).toBe("10.1.1.1");
  });

  it("a spoofed loopback entry never wins over the address a trusted proxy saw", () => {
    expect(resolve("127.0.0.2", "127.0.0.1, 203.0.113.7", "127.0.0.2")).toBe("203.0.113.7");
    expect(resolve("127.0.0.2", "::1, 203.0.113.7", "127.0.0.2")).toBe("203.0.113.7");
  });

  it("a trusted proxy asking on its own account (no X-Forwarded-For) is itself", () => {
    expect(resolve("127.0.0.1", undefined, "127.0.0.1")).toBe("127.0.0.1");
    expect(resolve("127.0.0.1", "", "127.0.0.1")).toBe("127.0.0.1");
  });

  it("when every hop is trusted, the left-most one is the client", () => {
    expect(resolve("127.0.0.1", "10.0.0.3, 10.0.0.2", "127.0.0.1, 10.0.0.0/8")).toBe("10.0.0.3");
  });

  it("gives up (null) on a hop a trusted proxy wrote that is not an address", () => {
    expect(resolve("127.0.0.1", "unknown", "127.0.0.1")).toBeNull();
    expect(resolve("127.0.0.1", "203.0.113.7, , 10.0.0.2", "127.0.0.1, 10.0.0.0/8")).toBeNull();
    // Garbage left of the client is the client's own text and does not matter.
    expect(resolve("127.0.0.1", "evil, 203.0.113.7", "127.0.0.1")).toBe("203.0.113.7");
  });

  it("an unknown socket address is unknown", () => {
    expect(resolve(undefined, "203.0.113.7", "127.0.0.1")).toBeNull();
  });
});

describe("isLoopbackAddress", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.8.9.10", true],
    ["::1", true],
    ["128.0.0.1", false],
    ["203.0.113.7", false],
    ["::ffff:127.0.0.1", false], // callers pass normalised addresses; the raw mapped form is not trusted
    ["0.0.0.0", false],
    ["::", false],
    ["unverified-client", false],
    [null, false],
  ])("%s → %s", (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });
});
