import { describe, expect, it } from "vitest";
import { moneyFormat } from "@/lib/money/format-input";
import { optionalMoney } from "@/lib/money/schemas";

describe("money inputs (what the fee and price fields show)", () => {
  it("shows an amount the way the record page prints it, symbol on the locale's side", () => {
    const tr = moneyFormat("tr", "TRY");
    expect(tr).toMatchObject({ symbol: "₺", symbolFirst: true });
    expect(tr.display("1500.00")).toBe("1.500,00");
    expect(`${tr.symbol}${tr.display("1500")}`).toBe(new Intl.NumberFormat("tr", { style: "currency", currency: "TRY" }).format(1500));

    const ro = moneyFormat("ro", "RON");
    expect(ro).toMatchObject({ symbol: "RON", symbolFirst: false });
    expect(ro.display("1250.5")).toBe("1.250,50");

    expect(moneyFormat("en", "EUR").display("1500.00")).toBe("1,500.00");
  });

  it("gives back what the shared schema parses to the same amount", () => {
    for (const [locale, currency] of [
      ["tr", "TRY"],
      ["ro", "RON"],
      ["en", "EUR"],
    ] as const) {
      const shown = moneyFormat(locale, currency).display("1234567.8");
      expect(optionalMoney.parse(shown)).toBe("1234567.80");
    }
  });

  it("leaves text that is not an amount alone, for the form to refuse", () => {
    expect(moneyFormat("tr", "TRY").display("on iki")).toBe("on iki");
    expect(moneyFormat("tr", "TRY").display("")).toBe("");
  });
});
