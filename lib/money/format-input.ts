import { optionalMoney } from "./schemas";

// Client-safe: the money input shows amounts the way the rest of the app prints them.

/**
 * Where the currency goes and how an amount reads in `locale`, from the same Intl currency format
 * the record page uses ("₺1.500,00", "1.500,00 RON", "€1,500.00"): the input shows the number
 * part, the symbol sits beside it on the side the locale puts it.
 */
export function moneyFormat(locale: string, currency: string) {
  const format = new Intl.NumberFormat(locale, { style: "currency", currency });
  const parts = format.formatToParts(1);
  const symbolAt = parts.findIndex((p) => p.type === "currency");
  const numberAt = parts.findIndex((p) => p.type === "integer");
  return {
    symbol: parts[symbolAt]?.value ?? currency,
    symbolFirst: symbolAt < numberAt,
    /** The amount as the input shows it, or the text unchanged when it is not an amount (the form then says so). */
    display(text: string) {
      const parsed = optionalMoney.safeParse(text);
      if (!parsed.success || parsed.data === null) return text;
      return format
        .formatToParts(Number(parsed.data))
        .filter((p) => p.type !== "currency" && p.type !== "literal")
        .map((p) => p.value)
        .join("");
    },
  };
}
