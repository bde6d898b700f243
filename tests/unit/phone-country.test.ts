import { describe, expect, it } from "vitest";
import { optionalPhone } from "@/lib/customers/field-schemas";
import { asPhoneCountry, defaultPhoneCountry } from "@/lib/orgs/phone-country";

describe("an org's default phone country", () => {
  it.each([
    [{ locale: "ro", currency: "RON" }, "RO"],
    [{ locale: "ro", currency: "EUR" }, "RO"],
    [{ locale: "tr", currency: "TRY" }, "TR"],
    [{ locale: "en", currency: "RON" }, "RO"],
    [{ locale: "en", currency: "TRY" }, "TR"],
    [{ locale: "en", currency: "EUR" }, null],
    [{ locale: "en", currency: "USD" }, null],
  ])("%j → %s", (org, expected) => {
    expect(defaultPhoneCountry(org)).toBe(expected);
  });

  it("reads only country codes libphonenumber knows", () => {
    expect([asPhoneCountry("RO"), asPhoneCountry("XX"), asPhoneCountry(""), asPhoneCountry(null)]).toEqual(["RO", null, null, null]);
  });
});

describe("a phone number", () => {
  it.each([
    ["RO", "0268 123 456", "+40268123456"],
    ["TR", "0532 111 22 33", "+905321112233"],
    ["TR", "+40 268 123 456", "+40268123456"],
    [null, "+90 212 555 01 02", "+902125550102"],
  ] as const)("in %s: %s → %s", (country, typed, stored) => {
    expect(optionalPhone(country).parse(typed)).toBe(stored);
  });

  it.each([
    ["TR", "0268 123 456", "phone"],
    [null, "0532 111 22 33", "phoneCountryCode"],
    ["RO", "12", "phone"],
  ] as const)("in %s: %s is refused with %s", (country, typed, message) => {
    const result = optionalPhone(country).safeParse(typed);
    expect(result.success ? null : result.error.issues[0]!.message).toBe(message);
  });
});
