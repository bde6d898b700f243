import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BOM, guardFormula, toCsv } from "@/lib/customers/csv";

describe("guardFormula", () => {
  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["@cmd", "'@cmd"],
    ["\tTabbed", "'\tTabbed"],
    ["\rReturn", "'\rReturn"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["+90 532 111 22 33", "'+90 532 111 22 33"],
    ["-", "'-"],
    ["+", "'+"],
  ])("guards %j", (value, expected) => {
    expect(guardFormula(value)).toBe(expected);
  });

  it.each([["+905321112233"], ["-42"], ["Işık Elektrik A.Ş."], ["info@isik.com.tr"], ["a=b"], [""], ["2026-03-01"]])(
    "leaves %j as it is",
    (value) => {
      expect(guardFormula(value)).toBe(value);
    },
  );
});

describe("toCsv", () => {
  it("starts with a BOM, ends lines with CRLF, quotes what needs quoting and guards every cell", () => {
    const csv = toCsv(
      ["Name", "Phone"],
      [
        ['Țară, Servicii "SRL"', "+40215550102"],
        ['=HYPERLINK("x")', null],
        ["Two\nlines", "-1"],
      ],
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(BOM.length).split("\r\n")[0]).toBe("Name,Phone");
    expect(Papa.parse<string[]>(csv.slice(BOM.length), { newline: "\r\n" }).data).toEqual([
      ["Name", "Phone"],
      ['Țară, Servicii "SRL"', "+40215550102"],
      ['\'=HYPERLINK("x")', ""],
      ["Two\nlines", "-1"],
    ]);
  });
});
