import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  detectTaxIdKind,
  isValidCif,
  isValidTckn,
  isValidVkn,
  normalizeTaxId,
  taxIdSchema,
  taxIdSchemaFor,
  validateTaxId,
} from "@/lib/customers/tax-id";

// Check digits are computed here from differently written formulations of the same algorithms
// (the ones python-stdnum uses), so a valid number in this file is not valid just because the
// code under test says so.
const digits = (s: string) => Array.from(s, Number);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** VKN check digit: positions counted from the right, 1..9. */
function vknCheck(body: string): string {
  let s = 0;
  digits(body)
    .reverse()
    .forEach((n, idx) => {
      const pos = idx + 1;
      const c1 = (n + pos) % 10;
      if (c1 !== 0) s += (c1 * 2 ** pos) % 9 || 9;
    });
  return String((10 - (s % 10)) % 10);
}

/** TCKN check digits with weights 3,1,3,1… (−3 ≡ 7 and −1 ≡ 9 mod 10, the same as 7·odd − even). */
function tcknChecks(body: string): string {
  const d = digits(body);
  const weighted = sum(d.map((n, i) => n * (i % 2 === 0 ? 3 : 1)));
  const c10 = (10 - (weighted % 10)) % 10;
  const c11 = (c10 + sum(d)) % 10;
  return `${c10}${c11}`;
}

/** CIF check digit: body left-padded to nine digits against the full key. */
function cifCheck(body: string): string {
  const weights = [7, 5, 3, 2, 1, 7, 5, 3, 2];
  const s = sum(digits(body.padStart(9, "0")).map((n, i) => n * weights[i]!));
  return String(((s * 10) % 11) % 10);
}

const withCheck = (body: string, check: (b: string) => string) => body + check(body);
/** Every other last digit, i.e. the same number with a mistyped check digit. */
const wrongChecks = (valid: string) => Array.from({ length: 10 }, (_, d) => valid.slice(0, -1) + d).filter((s) => s !== valid);

// Deterministic pseudo-random digit strings so failures are reproducible.
let seed = 20240601;
function randomDigits(length: number, firstNonZero = false): string {
  let out = "";
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const d = seed % 10;
    out += i === 0 && firstNonZero && d === 0 ? "1" : String(d);
  }
  return out;
}

const vknBodies = ["000000000", "999999999", "123456789", ...Array.from({ length: 12 }, () => randomDigits(9))];
// "190909090" makes 7·odd − even negative (7 − 36), the case a naive `%` gets wrong.
const tcknBodies = ["100000001", "190909090", "999999999", ...Array.from({ length: 12 }, () => randomDigits(9, true))];
const cifBodies = ["1", "2", "99", "1854729", "123456789", ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => randomDigits(n, true))];

const validVkns = ["4540536920", "1234567890", ...vknBodies.map((b) => withCheck(b, vknCheck))];
const validTckns = ["10000000146", "17291716060", ...tcknBodies.map((b) => withCheck(b, tcknChecks))];
const validCifs = ["18547290", ...cifBodies.map((b) => withCheck(b, cifCheck))];
// Checksum right, so only the leading zero makes it invalid.
const tcknWithLeadingZero = withCheck("072917160", tcknChecks);
// A 10-digit CUI that is not also a valid VKN, so the country visibly decides the outcome.
const tenDigitCif = Array.from({ length: 20 }, () => withCheck(randomDigits(9, true), cifCheck)).find((s) => vknCheck(s.slice(0, 9)) !== s[9])!;

describe("check digit algorithms", () => {
  it("the independent helpers reproduce the published examples", () => {
    expect(withCheck("454053692", vknCheck)).toBe("4540536920");
    expect(withCheck("100000001", tcknChecks)).toBe("10000000146");
    expect(withCheck("172917160", tcknChecks)).toBe("17291716060");
    expect(withCheck("1854729", cifCheck)).toBe("18547290");
  });

  it.each(validVkns)("VKN %s is valid", (s) => expect(isValidVkn(s)).toBe(true));
  it.each(validVkns.flatMap(wrongChecks))("VKN %s has a wrong check digit", (s) => expect(isValidVkn(s)).toBe(false));

  it.each(validTckns)("TCKN %s is valid", (s) => expect(isValidTckn(s)).toBe(true));
  it.each(validTckns.flatMap(wrongChecks))("TCKN %s has a wrong last digit", (s) => expect(isValidTckn(s)).toBe(false));
  it.each(validTckns.map((s) => s.slice(0, 9) + String((Number(s[9]) + 1) % 10) + s[10]))("TCKN %s has a wrong tenth digit", (s) =>
    expect(isValidTckn(s)).toBe(false),
  );

  it.each(validCifs)("CIF %s is valid", (s) => expect(isValidCif(s)).toBe(true));
  it.each(validCifs.flatMap(wrongChecks))("CIF %s has a wrong check digit", (s) => expect(isValidCif(s)).toBe(false));
  it("CIF accepts the RO prefix", () => {
    expect(isValidCif("RO18547290")).toBe(true);
    expect(isValidCif("ro18547290")).toBe(true);
    expect(isValidCif("RO18547291")).toBe(false);
  });

  it.each<[string, (s: string) => boolean, string]>([
    ["VKN", isValidVkn, "454053692"],
    ["VKN", isValidVkn, "45405369200"],
    ["VKN", isValidVkn, "45405369a0"],
    ["VKN", isValidVkn, "454 053 6920"],
    ["VKN", isValidVkn, ""],
    ["TCKN", isValidTckn, tcknWithLeadingZero],
    ["TCKN", isValidTckn, "1000000014"],
    ["TCKN", isValidTckn, "100000001460"],
    ["TCKN", isValidTckn, "1000000014x"],
    ["CIF", isValidCif, "7"],
    ["CIF", isValidCif, "18547290000"],
    ["CIF", isValidCif, "1854729O"],
    ["CIF", isValidCif, "RO"],
    ["CIF", isValidCif, ""],
  ])("%s rejects malformed %j", (_kind, isValid, s) => expect(isValid(s)).toBe(false));
});

describe("normalizeTaxId", () => {
  it.each([
    ["4540536920", "4540536920"],
    ["  454 053 6920 ", "4540536920"],
    ["454.053.692-0", "4540536920"],
    ["100\t000\n00146", "10000000146"],
    ["RO 185 472 90", "18547290"],
    ["RO-18.547.290", "18547290"],
    ["ro18547290", "18547290"],
    ["", ""],
  ])("%j → %j", (raw, expected) => expect(normalizeTaxId(raw)).toBe(expected));
});

describe("detectTaxIdKind", () => {
  it.each<[string, "TR" | "RO" | undefined, string | null]>([
    ["RO18547290", undefined, "cif"],
    ["RO 4540536920", "TR", "cif"],
    ["10000000146", undefined, "tckn"],
    ["10000000146", "RO", "tckn"],
    ["4540536920", undefined, "vkn"],
    ["4540536920", "TR", "vkn"],
    ["4540536920", "RO", "cif"],
    ["18547290", undefined, "cif"],
    ["18547290", "TR", "cif"],
    ["27", undefined, "cif"],
    ["7", undefined, null],
    ["", undefined, null],
    ["RO", undefined, null],
    ["123456789012", undefined, null],
    ["12A4567890", undefined, null],
    ["ROMANIA", "RO", null],
  ])("%j (country %s) → %s", (raw, country, expected) => expect(detectTaxIdKind(raw, country)).toBe(expected));
});

describe("validateTaxId", () => {
  it.each<[string, "TR" | "RO" | undefined, ReturnType<typeof validateTaxId>]>([
    ["454 053 6920", undefined, { ok: true, kind: "vkn", value: "4540536920" }],
    ["10000000146", "TR", { ok: true, kind: "tckn", value: "10000000146" }],
    ["RO 185.472.90", undefined, { ok: true, kind: "cif", value: "18547290" }],
    ["18547290", "RO", { ok: true, kind: "cif", value: "18547290" }],
    [tenDigitCif, "RO", { ok: true, kind: "cif", value: tenDigitCif }],
    [tenDigitCif, "TR", { ok: false, error: "taxIdChecksum" }],
    ["4540536921", undefined, { ok: false, error: "taxIdChecksum" }],
    ["10000000147", undefined, { ok: false, error: "taxIdChecksum" }],
    ["RO18547291", undefined, { ok: false, error: "taxIdChecksum" }],
    [tcknWithLeadingZero, undefined, { ok: false, error: "taxIdFormat" }],
    ["RO10000000146", undefined, { ok: false, error: "taxIdFormat" }],
    ["123456789012", undefined, { ok: false, error: "taxIdFormat" }],
    ["45405369A0", undefined, { ok: false, error: "taxIdFormat" }],
    ["7", undefined, { ok: false, error: "taxIdFormat" }],
    ["RO", undefined, { ok: false, error: "taxIdFormat" }],
  ])("%j (country %s)", (raw, country, expected) => expect(validateTaxId(raw, country)).toEqual(expected));
});

describe("taxIdSchema", () => {
  const messages = (result: { success: boolean; error?: z.ZodError }) => result.error?.issues.map((i) => i.message);

  it.each([
    [undefined, null],
    ["", null],
    ["  ", null],
    ["4540536920", "4540536920"],
    ["RO 185.472.90", "18547290"],
    [" 100 000 001 46 ", "10000000146"],
  ])("%j → %j", (input, expected) => expect(taxIdSchema.parse(input)).toBe(expected));

  it.each([
    ["4540536921", "taxIdChecksum"],
    ["RO18547291", "taxIdChecksum"],
    ["abc", "taxIdFormat"],
    ["RO", "taxIdFormat"],
    [tcknWithLeadingZero, "taxIdFormat"],
  ])("%j fails with %j", (input, key) => expect(messages(taxIdSchema.safeParse(input))).toEqual([key]));

  it("reports the field path inside an object and lets the country decide 10-digit numbers", () => {
    const form = z.object({ taxId: taxIdSchemaFor("RO") });
    expect(form.parse({ taxId: tenDigitCif })).toEqual({ taxId: tenDigitCif });
    expect(form.parse({})).toEqual({ taxId: null });
    const failed = form.safeParse({ taxId: "RO18547291" });
    expect(failed.error?.issues).toMatchObject([{ path: ["taxId"], message: "taxIdChecksum" }]);
    expect(messages(taxIdSchema.safeParse(tenDigitCif))).toEqual(["taxIdChecksum"]);
  });
});
