import "server-only";
import { CLIENT_ADDRESS_HEADER, clientAddressResolvedHere, isLoopbackAddress } from "./resolve-client-address.mjs";

/**
 * The one bucket for requests whose address nobody vouched for: the app was started without
 * scripts/serve.mjs (e.g. a bare `next start`), so any address header may be the client's own.
 */
export const UNVERIFIED_CLIENT = "unverified-client";

let warned = false;

/**
 * The client's address for throttling and for loopback-only features, as scripts/serve.mjs
 * resolved it from the socket (and TRUSTED_PROXIES + X-Forwarded-For) and wrote into a header it
 * overwrites on every request. Fails closed: without serve.mjs every client shares one bucket.
 */
export function clientAddress(headers: Headers) {
  const resolved = clientAddressResolvedHere() ? headers.get(CLIENT_ADDRESS_HEADER) : null;
  if (resolved) return resolved;
  if (!warned) {
    warned = true;
    console.warn(
      `Client addresses are unknown (the app was not started through scripts/serve.mjs): all clients share the throttle bucket "${UNVERIFIED_CLIENT}" and none counts as this machine.`,
    );
  }
  return UNVERIFIED_CLIENT;
}

/** The request comes from this machine (127.0.0.0/8, ::1) as the socket says, not as a header claims. */
export function isLoopbackClient(headers: Headers) {
  return isLoopbackAddress(clientAddress(headers));
}
