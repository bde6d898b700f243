import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import { ValidationError } from "@/lib/errors";

// argon2id (algorithm 2) with OWASP's minimum: 19 MiB, t=2, p=1. Written out so a library
// default change cannot weaken it. The numeric algorithm avoids importing a const enum.
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string) {
  return hash(password, ARGON2);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password; with no stored hash (unknown e-mail) it verifies against a dummy hash so
 * both cases cost the same and timing does not reveal which e-mails have accounts.
 */
export async function verifyPassword(storedHash: string | null, password: string) {
  if (!storedHash) {
    dummyHash ??= hashPassword("servio-dummy-password-for-equal-work");
    await verify(await dummyHash, password, ARGON2);
    return false;
  }
  return verify(storedHash, password, ARGON2);
}

let common: Set<string> | undefined;

export function isCommonPassword(password: string) {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common.has(password.toLowerCase());
}

/** Server-side rule beyond the shared schema: the 49k most common passwords are refused. */
export function assertAcceptablePassword(password: string, field = "password") {
  if (isCommonPassword(password)) throw new ValidationError({ [field]: "passwordCommon" });
}
