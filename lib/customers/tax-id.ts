import { z } from "zod";
import { MAX_LENGTH } from "@/lib/fields/text";

export type TaxIdKind = "vkn" | "tckn" | "cif";
export type TaxIdCountry = "TR" | "RO";
export type TaxIdError = "taxIdFormat" | "taxIdChecksum";
export type TaxIdResult = { ok: true; kind: TaxIdKind; value: string } | { ok: false; error: TaxIdError };

// People paste numbers as printed on invoices ("RO 185.472-90"), so separators are not errors.
const SEPARATORS = /[\s.-]/g;
// "RO" only says the company is a Romanian VAT payer; the CIF is the same number without it.
const RO_PREFIX = /^ro/i;

const FORMATS: Record<TaxIdKind, RegExp> = {
  vkn: /^\d{10}$/,
  tckn: /^[1-9]\d{10}$/,
  cif: /^\d{2,10}$/,
};

const digitsOf = (s: string) => Array.from(s, Number);
const compact = (raw: string) => raw.replace(SEPARATORS, "");

export function normalizeTaxId(raw: string): string {
  return compact(raw).replace(RO_PREFIX, "");
}

/** Turkish VKN, the tax number of companies and sole traders. */
export function isValidVkn(s: string): boolean {
  if (!FORMATS.vkn.test(s)) return false;
  const d = digitsOf(s);
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const t = (d[i]! + 9 - i) % 10;
    // Multiplying modulo 9 would turn 9 into 0; the official algorithm keeps it as 9.
    sum += t === 9 ? 9 : (t * 2 ** (9 - i)) % 9;
  }
  return (10 - (sum % 10)) % 10 === d[9];
}

/** Turkish T.C. Kimlik No, which private individuals use as their tax number. */
export function isValidTckn(s: string): boolean {
  if (!FORMATS.tckn.test(s)) return false;
  const d = digitsOf(s);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  // JS `%` keeps the dividend's sign, and 7·odd − even can be negative.
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = d.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
  return d[9] === d10 && d[10] === d11;
}

const CIF_KEY = digitsOf("753217532");

/** Romanian CIF/CUI; accepts the "RO" prefix because it is part of how VAT payers write the number. */
export function isValidCif(s: string): boolean {
  const body = s.replace(RO_PREFIX, "");
  if (!FORMATS.cif.test(body)) return false;
  const d = digitsOf(body);
  const check = d.pop()!;
  // Right-aligned: CUIs shorter than ten digits use only the tail of the key.
  const key = CIF_KEY.slice(CIF_KEY.length - d.length);
  const sum = d.reduce((acc, digit, i) => acc + digit * key[i]!, 0);
  return ((sum * 10) % 11) % 10 === check;
}

export function detectTaxIdKind(raw: string, country?: TaxIdCountry): TaxIdKind | null {
  const body = normalizeTaxId(raw);
  if (!/^\d+$/.test(body)) return null;
  if (RO_PREFIX.test(compact(raw))) return "cif";
  if (body.length === 11) return "tckn";
  // Both countries issue 10-digit numbers; without a country, Turkey is the likelier source.
  if (body.length === 10) return country === "RO" ? "cif" : "vkn";
  if (body.length >= 2 && body.length <= 9) return "cif";
  return null;
}

const CHECKSUMS: Record<TaxIdKind, (s: string) => boolean> = {
  vkn: isValidVkn,
  tckn: isValidTckn,
  cif: isValidCif,
};

export function validateTaxId(raw: string, country?: TaxIdCountry): TaxIdResult {
  const kind = detectTaxIdKind(raw, country);
  const value = normalizeTaxId(raw);
  // Shape is checked first so that "taxIdChecksum" always means a mistyped digit, not a wrong length.
  if (!kind || !FORMATS[kind].test(value)) return { ok: false, error: "taxIdFormat" };
  if (!CHECKSUMS[kind](value)) return { ok: false, error: "taxIdChecksum" };
  return { ok: true, kind, value };
}

// A lone "RO" is an unfinished number, not an empty field, so emptiness ignores only separators.
const isBlank = (raw: string) => compact(raw) === "";

/** For forms that know the customer's country, which decides what a 10-digit number is. */
export function taxIdSchemaFor(country?: TaxIdCountry) {
  return z
    .string()
    .max(MAX_LENGTH.label, { error: "tooLong" })
    .nullish()
    .superRefine((raw, ctx) => {
      if (raw == null || isBlank(raw)) return;
      const result = validateTaxId(raw, country);
      if (!result.ok) ctx.addIssue({ code: "custom", message: result.error });
    })
    .transform((raw) => (raw == null || isBlank(raw) ? null : normalizeTaxId(raw)));
}

/** The tax number is optional on a customer; a blank field is stored as null rather than "". */
export const taxIdSchema = taxIdSchemaFor();
