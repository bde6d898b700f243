import { describe, expect, it } from "vitest";
import { authUrlMismatch } from "@/lib/auth/auth-url-mismatch";
import en from "@/messages/en.json";
import ro from "@/messages/ro.json";
import tr from "@/messages/tr.json";

const at = (host: string, extra: Record<string, string> = {}) => new Headers({ host, ...extra });

describe("authUrlMismatch (the sign-in page's notice when AUTH_URL names another host)", () => {
  it("says nothing when AUTH_URL is unset: Auth.js uses the host the page was opened at", () => {
    expect(authUrlMismatch(at("127.0.0.1:3000"), undefined)).toBeNull();
    expect(authUrlMismatch(at("192.168.1.5:3000"), "")).toBeNull();
  });

  it("says nothing when the page was opened at AUTH_URL's host", () => {
    expect(authUrlMismatch(at("localhost:3000"), "http://localhost:3000")).toBeNull();
    expect(authUrlMismatch(at("crm.example.com"), "https://crm.example.com/")).toBeNull();
    expect(
      authUrlMismatch(at("10.0.0.2:3000", { "x-forwarded-host": "crm.example.com", "x-forwarded-proto": "https" }), "https://crm.example.com"),
    ).toBeNull();
    expect(authUrlMismatch(at("crm.example.com:80"), "http://crm.example.com")).toBeNull();
  });

  it("names both origins when the host differs", () => {
    expect(authUrlMismatch(at("127.0.0.1:3000"), "http://localhost:3000")).toEqual({
      expected: "http://localhost:3000",
      opened: "http://127.0.0.1:3000",
    });
    expect(authUrlMismatch(at("localhost:3001"), "http://localhost:3000")).toEqual({
      expected: "http://localhost:3000",
      opened: "http://localhost:3001",
    });
    expect(
      authUrlMismatch(at("10.0.0.2:3000", { "x-forwarded-host": "www.example.com", "x-forwarded-proto": "https" }), "https://crm.example.com"),
    ).toEqual({
      expected: "https://crm.example.com",
      opened: "https://www.example.com",
    });
  });

  it("tells the user what to set in every language", () => {
    for (const messages of [en, tr, ro]) {
      const text = messages.auth.authUrlMismatch;
      expect(text).toContain("AUTH_URL");
      expect(text).toContain("{expected}");
      expect(text).toContain("{opened}");
    }
  });
});
