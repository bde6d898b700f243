import { describe, expect, it } from "vitest";
import { safePath } from "@/lib/http/safe-path";

/** Where a browser would go if it followed `Location: <path>` from our origin. */
const resolvedHost = (path: string) => new URL(path, "https://servio.example").host;

describe("safePath", () => {
  it.each([
    "/",
    "/acme",
    "/acme/customers?q=mavi&page=2",
    "/invite/abc_DEF-123",
    "/acme/customers#notes",
    "/acme/customers?q=%C3%A7i%C3%A7ek",
    "/acme/customers?q=mavi%20yaz%C4%B1l%C4%B1m",
    "/.//acme",
  ])("keeps the same-site path %s", (path) => {
    expect(safePath(path)).toBe(path);
  });

  it.each([
    ["backslash", "/\\evil.example/"],
    ["encoded backslash", "/%5Cevil.example/"],
    ["encoded slash and backslash", "%2F%5Cevil.example%2F"],
    ["protocol-relative", "//evil.example/"],
    ["encoded protocol-relative", "/%2F/evil.example"],
    ["tab between slashes", "/\t/evil.example"],
    ["encoded tab", "/%09/evil.example"],
    ["newline", "/\n/evil.example"],
    ["carriage return", "/\r/evil.example"],
    ["encoded newline", "/%0A/evil.example"],
    ["NUL", "/\u0000/evil.example"],
    ["absolute https URL", "https://evil.example/"],
    ["absolute URL of our own look-alike", "http://servio.invalid.evil.example/"],
    ["javascript:", "javascript:alert(1)"],
    ["encoded javascript:", "javascript%3Aalert(1)"],
    ["relative path", "acme/customers"],
    ["empty", ""],
    ["malformed escape", "/%E0%A4%A"],
  ])("refuses %s", (_label, path) => {
    expect(safePath(path)).toBe("/");
  });

  it("refuses what is not a string and uses the given fallback", () => {
    expect(safePath(undefined)).toBe("/");
    expect(safePath(["/acme"])).toBe("/");
    expect(safePath("//evil.example", "/acme")).toBe("/acme");
  });

  it("never returns a path a browser resolves to another host", () => {
    const attacks = [
      "/\\evil.example",
      "/\t/evil.example",
      "/ /evil.example",
      "\\\\evil.example",
      "/\\/evil.example",
      "/.//evil.example",
      "/x/../\\evil.example",
    ];
    for (const attack of attacks) expect(resolvedHost(safePath(attack))).toBe("servio.example");
  });
});
