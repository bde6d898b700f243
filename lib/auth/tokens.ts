import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, sent once in a link; only the SHA-256 hash is stored. */
export function newToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}
