import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, pickLocale } from "@/lib/i18n/locales";
import { slugFromName } from "@/lib/orgs/slug";
import { orgSettingsSchema } from "@/lib/orgs/schemas";

describe("locale resolution (SPEC G2)", () => {
  it("prefers the user's choice, then the org's language, then the browser's", () => {
    expect(pickLocale({ user: "ro", org: "tr", browser: "en-US" })).toBe("ro");
    expect(pickLocale({ user: null, org: "tr", browser: "ro-RO" })).toBe("tr");
    expect(pickLocale({ user: null, org: null, browser: "ro-RO,ro;q=0.9,en;q=0.5" })).toBe("ro");
    expect(pickLocale({ browser: "de-DE" })).toBe("en");
  });

  it("ignores values that are not supported locales", () => {
    expect(pickLocale({ user: "xx", cookie: "tr" })).toBe("tr");
    expect(localeFromAcceptLanguage("tr-TR,tr;q=0.9")).toBe("tr");
    expect(localeFromAcceptLanguage(null)).toBeUndefined();
  });
});

describe("org slugs", () => {
  it("transliterate Turkish and Romanian names", () => {
    expect(slugFromName("Işık Bilişim Çözümleri A.Ş.")).toBe("isik-bilisim-cozumleri-as");
    expect(slugFromName("Țară Servicii SRL")).toBe("tara-servicii-srl");
  });

  it("are validated and reserved paths refused", () => {
    const base = { name: "X", locale: "tr", timeZone: "Europe/Istanbul", currency: "TRY" };
    expect(orgSettingsSchema.safeParse({ ...base, slug: "acme" }).success).toBe(true);
    expect(orgSettingsSchema.safeParse({ ...base, slug: "api" }).success).toBe(false);
    expect(orgSettingsSchema.safeParse({ ...base, slug: "Bad Slug" }).success).toBe(false);
    expect(orgSettingsSchema.safeParse({ ...base, slug: "acme", timeZone: "Mars/Base" }).success).toBe(false);
  });
});
