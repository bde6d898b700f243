export const CLIENT_ADDRESS_HEADER: "x-servio-client-address";
export function markClientAddressResolvedHere(): void;
export function clientAddressResolvedHere(): boolean;

export type TrustedProxies = {
  /** How many entries were given; zero means no proxy is believed. */
  readonly size: number;
  has(address: string | null): boolean;
};

export function normalizeAddress(raw: string | undefined | null): string | null;
export function parseTrustedProxies(setting: string | undefined | null): TrustedProxies;
export function resolveClientAddress(input: {
  socketAddress: string | undefined | null;
  forwardedFor: string | string[] | undefined | null;
  trusted: TrustedProxies;
}): string | null;
export function isLoopbackAddress(address: string | null | undefined): boolean;
