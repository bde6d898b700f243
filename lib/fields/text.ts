import { z } from "zod";

// Client-safe: forms resolve with the same schemas their verbs parse. Messages are catalogue keys
// under `validation.`.

/**
 * Every text field has a maximum, so no input can grow a row (and every list that shows it)
 * without bound. Picked by what the field holds; a new field picks the nearest kind.
 */
export const MAX_LENGTH = {
  /** RFC 5321: a forward path is at most 256 octets including the angle brackets. */
  email: 254,
  /** What browsers and proxies reliably carry. */
  url: 2048,
  phone: 40,
  /** Account codes, product codes, keys. */
  code: 60,
  /** People, companies, products. */
  name: 200,
  /** Titles, roles, units, labels. */
  label: 120,
  /** One-line subjects and search boxes. */
  line: 300,
  /** Notes, descriptions, results, messages. */
  long: 10_000,
  /** Opaque tokens and cursors from links and URLs. */
  token: 500,
  password: 128,
} as const;

/** A trimmed string of at most `max` characters; empty allowed. */
export function text(max: number = MAX_LENGTH.line) {
  return z.string().trim().max(max, { error: "tooLong" });
}

/** A trimmed string that must not be empty. */
export function requiredText(max: number = MAX_LENGTH.name) {
  return text(max).min(1, { error: "required" });
}

/** Empty input means "no value": stored as null, never as "". */
export function optionalText(max: number = MAX_LENGTH.line) {
  return text(max)
    .nullish()
    .transform((v) => (v ? v : null));
}

/** Passwords and tokens are compared exactly as typed, so they are bounded but never trimmed. */
export function exactText(max: number = MAX_LENGTH.token) {
  return z.string().max(max, { error: "tooLong" });
}

/**
 * What PostgreSQL `text` cannot hold: NUL (it refuses the whole statement) and lone UTF-16
 * surrogates (not valid Unicode; sent as U+FFFD at best). NUL is dropped, a lone surrogate
 * becomes U+FFFD, so text from a form, a URL or an e-mail is stored rather than failing.
 */
export function cleanText(value: string): string {
  const withoutNul = value.includes("\0") ? value.replaceAll("\0", "") : value;
  return withoutNul.isWellFormed() ? withoutNul : withoutNul.toWellFormed();
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** `cleanText` through plain objects and arrays (verb input, payloads); files and dates pass as they are. */
export function cleanInput(value: unknown): unknown {
  if (typeof value === "string") return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanInput);
  if (value !== null && typeof value === "object" && isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [cleanText(key), cleanInput(v)]));
  }
  return value;
}
