import "server-only";
import { type AttemptLimit, clearAttempts, forgetAttempt, recordAttemptOrThrow } from "./record-attempt";

/**
 * Sign-in limits (ASVS 2.2.1). The tight limit is per account *and* address, so a stranger's
 * failures lock out only the stranger; the per-address limit stops one client spraying many
 * accounts; the loose per-account ceiling stops a guesser who rotates addresses, and is high
 * enough that a few strangers cannot lock the real user out.
 */
export const THROTTLE = {
  accountAtAddress: { max: 5, windowMinutes: 15 },
  address: { max: 30, windowMinutes: 15 },
  account: { max: 100, windowMinutes: 60 },
} as const;

const accountKey = (email: string) => `account:${email.toLowerCase()}`;
const accountAtAddressPrefix = (email: string) => `account-ip:${email.toLowerCase()}|`;
const accountAtAddressKey = (email: string, ip: string) => `${accountAtAddressPrefix(email)}${ip}`;

function signInLimits(email: string, ip: string): AttemptLimit[] {
  return [
    { key: accountAtAddressKey(email, ip), ...THROTTLE.accountAtAddress },
    { key: `ip:${ip}`, ...THROTTLE.address },
    { key: accountKey(email), ...THROTTLE.account },
  ];
}

/** Counts the attempt as a failure before the password is checked (see recordAttemptOrThrow). */
export function beginSignInAttempt(email: string, ip: string) {
  return recordAttemptOrThrow(signInLimits(email, ip), "signInBlocked");
}

/**
 * A correct password takes back this attempt and ends the run of failures from this address.
 * The account's ceiling keeps its other rows: a guesser elsewhere gets no fresh allowance each
 * time the real user signs in.
 */
export async function completeSignInAttempt(email: string, ip: string, attemptIds: string[]) {
  await forgetAttempt(attemptIds);
  await clearAttempts(accountAtAddressKey(email, ip));
}

/** A password reset proves the owner: every failure counted against the account goes. */
export async function clearAccountFailures(email: string) {
  await clearAttempts(accountKey(email), accountAtAddressPrefix(email));
}
