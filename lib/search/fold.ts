/**
 * Folds text for search so that case, accents and the Turkish dotted/dotless i do not matter:
 * "İSTANBUL" → "istanbul", "IŞIK" and "ışık" → "isik", "Țară" → "tara". Turkish lower-casing
 * maps I→ı and İ→i; ı then becomes i, and NFD splits off accents and Romanian comma-below marks.
 * The stored column and the query both go through this one function.
 */
export function foldForSearch(text: string) {
  return text.toLocaleLowerCase("tr").replace(/ı/g, "i").normalize("NFD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim();
}

/** Digits only, so "+90 (212) 555 01 02" is found by "2125550102". */
export function digitsOf(text: string) {
  return text.replace(/\D/g, "");
}

export function searchDocument(parts: (string | null | undefined)[]) {
  const values = parts.filter((p): p is string => !!p);
  const phones = values.map(digitsOf).filter((d) => d.length >= 5);
  return foldForSearch([...values, ...phones].join(" "));
}
