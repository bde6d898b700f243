import Papa from "papaparse";

/**
 * Cells a spreadsheet would read as a formula: `=`, `@`, a leading tab or carriage return, or
 * `+`/`-` followed by anything but digits. Phone numbers in E.164 (+905321112233) and negative
 * whole numbers stay as they are, unlike papaparse's `escapeFormulae`, which would mangle them.
 */
const FORMULA_START = /^[=@\t\r]|^[+-](?!\d+$)/;

/** Prefixes a `'` so Excel and LibreOffice show the text instead of evaluating it. */
export function guardFormula(value: string) {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Byte-order mark: without it Excel opens UTF-8 as the legacy code page and garbles ç, ş, ț. */
export const BOM = "\uFEFF";

/**
 * A CSV document (BOM, CRLF line ends, RFC 4180 quoting) with every cell guarded. The separator is
 * the one Excel expects in the reader's language (lib/exports/to-csv-file.ts); `,` by default.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | null | undefined)[])[],
  { separator = "," }: { separator?: "," | ";" } = {},
) {
  const cells = [header, ...rows].map((row) => row.map((cell) => guardFormula(cell ?? "")));
  return BOM + Papa.unparse(cells, { newline: "\r\n", delimiter: separator });
}
