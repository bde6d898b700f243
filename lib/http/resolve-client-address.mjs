// Which address a request came from, decided once per request by the web server (scripts/serve.mjs)
// before Next sees it. Plain JavaScript because serve.mjs runs on bare Node; no "server-only"
// because that package throws outside the React server bundle. Types: resolve-client-address.d.mts.
import { BlockList, isIP } from "node:net";

/** The request header serve.mjs overwrites with the resolved address (whatever the client sent). */
export const CLIENT_ADDRESS_HEADER = "x-servio-client-address";

// Set on globalThis (shared by serve.mjs and the bundled app in one process, unlike module state)
// by the server that fills CLIENT_ADDRESS_HEADER. Without it, e.g. under a bare `next start`, the
// header may come straight from the client and must not be believed.
const RESOLVED_HERE = Symbol.for("servio.client-address-resolved");

export function markClientAddressResolvedHere() {
  /** @type {Record<symbol, unknown>} */ (globalThis)[RESOLVED_HERE] = true;
}

export function clientAddressResolvedHere() {
  return /** @type {Record<symbol, unknown>} */ (globalThis)[RESOLVED_HERE] === true;
}

/**
 * A textual address as it appears on a socket or in X-Forwarded-For, reduced to one canonical form
 * so the same client always gets the same throttle key: brackets, ports and IPv6 zones dropped,
 * IPv4-mapped IPv6 (`::ffff:127.0.0.1`) written as IPv4. Null for anything that is not an address.
 * @param {string | undefined | null} raw
 * @returns {string | null}
 */
export function normalizeAddress(raw) {
  let value = (raw ?? "").trim();
  if (!value) return null;
  const bracketed = value.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%[\w.-]+$/, "").toLowerCase();
  const family = isIP(value);
  if (family === 4) return value;
  if (family !== 6) return null;
  const dotted = value.match(/^(?:0{0,4}:){0,5}(?:0{0,4}:)?ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted && isIP(dotted[1]) === 4) return dotted[1];
  const hex = value.match(/^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/);
  if (hex) {
    const high = parseInt(hex[1], 16);
    const low = parseInt(hex[2], 16);
    return [high >> 8, high & 255, low >> 8, low & 255].join(".");
  }
  return value;
}

/**
 * TRUSTED_PROXIES: addresses or CIDR blocks of the reverse proxies in front of the app, separated
 * by commas or spaces (`127.0.0.1, 10.0.0.0/8, fd00::/8`). An invalid entry throws, so a typo
 * stops the server at start-up instead of silently trusting nothing (or everything).
 * @param {string | undefined | null} setting
 */
export function parseTrustedProxies(setting) {
  const list = new BlockList();
  const entries = (setting ?? "").split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    const [base, prefix, extra] = entry.split("/");
    const address = normalizeAddress(base);
    const family = address ? isIP(address) : 0;
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = family === 4 ? 32 : 128;
    if (!address || extra !== undefined || (bits !== null && (!/^\d+$/.test(prefix ?? "") || bits > maxBits))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR block (e.g. 10.0.0.0/8 or fd00::/8).`);
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === null) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return {
    /** How many entries were given; zero means no proxy is believed. */
    size: entries.length,
    /** @param {string | null} address a normalised address */
    has(address) {
      if (!address || entries.length === 0) return false;
      return list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
    },
  };
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy. Then the
 * X-Forwarded-For chain is walked from the right (each proxy appends the address it saw) and the
 * first entry that is not itself a trusted proxy is the client; everything left of it was written
 * by the client and is ignored. If every hop is trusted, the left-most one is the client. A hop
 * that is not an address cannot be vouched for, so the result is null rather than a guess.
 * @param {{ socketAddress: string | undefined | null, forwardedFor: string | string[] | undefined | null, trusted: ReturnType<typeof parseTrustedProxies> }} input
 * @returns {string | null}
 */
export function resolveClientAddress({ socketAddress, forwardedFor, trusted }) {
  let client = normalizeAddress(socketAddress);
  if (!client || !trusted.has(client)) return client;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",");
  for (let i = chain.length - 1; i >= 0; i--) {
    if (!chain[i].trim() && chain.length === 1) break; // an empty header: the proxy itself asked
    const hop = normalizeAddress(chain[i]);
    if (!hop) return null;
    client = hop;
    if (!trusted.has(hop)) break;
  }
  return client;
}

/** 127.0.0.0/8 and ::1: this machine. Expects a normalised address (IPv4-mapped already unwrapped). */
export function isLoopbackAddress(/** @type {string | null | undefined} */ address) {
  if (!address) return false;
  return address === "::1" || (isIP(address) === 4 && address.startsWith("127."));
}
