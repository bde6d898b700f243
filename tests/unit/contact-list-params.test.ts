import { describe, expect, it } from "vitest";
import { contactListSearch, contactQuerySchema, hasContactFilters } from "@/lib/contacts/list-params";

const parse = (input: unknown) => contactQuerySchema.parse(input);

describe("contactQuerySchema", () => {
  it("reads a bookmarked view", () => {
    expect(parse({ q: " Ayşe ", status: "passive", cursor: "abc" })).toEqual({ q: "Ayşe", status: "passive", cursor: "abc" });
  });

  it.each([
    [{}, {}],
    [{ q: "   " }, {}],
    [{ status: "archived" }, {}],
    [{ status: ["active"] }, {}],
    [{ q: 42 }, {}],
    [{ cursor: "x".repeat(501) }, {}],
  ])("falls back instead of failing on %j", (input, expected) => {
    const parsed = parse(input);
    expect(Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined))).toEqual(expected);
  });

  it("keeps at most 100 characters of search", () => {
    expect(parse({ q: "ş".repeat(150) }).q).toHaveLength(100);
  });
});

describe("contactListSearch", () => {
  const view = parse({ q: "ayşe", status: "active", cursor: "page2" });

  it("writes the view, leaving out what is empty", () => {
    expect(contactListSearch(parse({}))).toBe("");
    expect(new URLSearchParams(contactListSearch(view)).get("q")).toBe("ayşe");
  });

  it("starts from the first page when anything but the page changes", () => {
    expect(contactListSearch(view)).toBe("?q=ay%C5%9Fe&status=active");
    expect(contactListSearch(view, { status: undefined })).toBe("?q=ay%C5%9Fe");
    expect(contactListSearch(view, { cursor: "page3" })).toBe("?q=ay%C5%9Fe&status=active&cursor=page3");
  });

  it("tells a narrowed view from the whole list", () => {
    expect(hasContactFilters(view)).toBe(true);
    expect(hasContactFilters(parse({ cursor: "page2" }))).toBe(false);
  });
});
