/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { calendarDate, instant, optionalDateTime } from "@/lib/fields/dates";
import { optionalText, requiredText, text } from "@/lib/fields/text";

/**
 * Every string a verb parses has a maximum length (issue 8, item 3: a 10 MB website made the
 * customer list 90 times larger). The schemas are collected by file name, so a new domain's
 * schemas.ts is checked without anyone adding it here.
 */
const modules = import.meta.glob<Record<string, unknown>>(
  [
    "/lib/**/schemas.ts",
    "/lib/**/*-schemas.ts",
    "/lib/**/*-params.ts",
    "/lib/**/*-param.ts",
    "/lib/**/list-*.ts",
    "/lib/customers/tax-id.ts",
    "/lib/inbound/resend-payload.ts",
  ],
  { eager: true },
);

/** String formats whose pattern fixes the length. */
const FIXED_LENGTH_FORMATS = new Set(["uuid", "guid", "date", "time", "cuid", "cuid2", "ulid", "nanoid"]);

type Def = { type: string; checks?: { _zod: { def: { check: string } } }[]; format?: string } & Record<string, unknown>;
const defOf = (schema: unknown) => (schema as z.core.$ZodType)._zod.def as unknown as Def;

/** Paths (inside `name`) of strings, or values that may be strings, without a maximum length. */
export function unboundedStrings(schema: unknown, path = "", seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const walk = (child: unknown, suffix = "") => unboundedStrings(child, path + suffix, seen);
  switch (def.type) {
    case "string": {
      const bounded =
        def.checks?.some((c) => ["max_length", "length_equals"].includes(c._zod.def.check)) ||
        (def.format !== undefined && FIXED_LENGTH_FORMATS.has(def.format));
      return bounded ? [] : [path || "(root)"];
    }
    case "any":
    case "unknown":
      return [path || "(root)"];
    case "object":
      return [
        ...Object.entries(def.shape as Record<string, unknown>).flatMap(([key, child]) => walk(child, `.${key}`)),
        ...(def.catchall ? walk(def.catchall, ".*") : []),
      ];
    case "array":
    case "set":
      return walk(def.element ?? def.valueType, "[]");
    case "record":
    case "map":
      return [...walk(def.keyType, "{key}"), ...walk(def.valueType, "{}")];
    case "tuple":
      return [...(def.items as unknown[]).flatMap((item, i) => walk(item, `[${i}]`)), ...(def.rest ? walk(def.rest, "[…]") : [])];
    case "union":
      return (def.options as unknown[]).flatMap((option) => walk(option));
    case "intersection":
      return [...walk(def.left), ...walk(def.right)];
    case "pipe":
      // The input side sees the raw value; after a preprocess step only the output side does.
      return defOf(def.in).type === "transform" ? walk(def.out) : walk(def.in);
    case "lazy":
      return walk((def.getter as () => unknown)());
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "nonoptional":
    case "readonly":
    case "success":
    case "promise":
      return walk(def.innerType);
    default:
      // enum, literal, number, boolean, date, custom (files), transform…: no unbounded text.
      return [];
  }
}

const schemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => value instanceof z.ZodType)
    .map(([name, schema]) => [`${file.replace(/^\/lib\//, "")}:${name}`, schema] as const),
);

describe("the unbounded-string walker", () => {
  it("finds an unbounded string wherever it hides", () => {
    const hidden = z
      .object({
        ok: text(10),
        plain: z.string().trim(),
        list: z.array(z.object({ deep: z.string() })),
        either: z.union([z.literal(""), z.string().regex(/x+/)]),
        both: z.object({ a: z.uuid() }).and(z.object({ b: z.string().optional() })),
        piped: z.string().transform((v) => v.length),
        preprocessed: z.preprocess((v) => v, z.string().nullable()),
        defaulted: z.string().default(""),
        caught: z.string().optional().catch(undefined),
        anything: z.unknown(),
      })
      .superRefine(() => {});
    expect(unboundedStrings(hidden).sort()).toEqual(
      [".plain", ".list[].deep", ".either", ".both.b", ".piped", ".preprocessed", ".defaulted", ".caught", ".anything"].sort(),
    );
  });

  it("accepts the shared helpers and fixed-length formats", () => {
    const bounded = z.object({
      a: text(5),
      b: requiredText(),
      c: optionalText(),
      d: z.uuid(),
      e: calendarDate(),
      f: instant(),
      g: optionalDateTime(),
      h: z.enum(["x", "y"]),
      i: z.email().max(254),
    });
    expect(unboundedStrings(bounded)).toEqual([]);
  });
});

describe("every schema a verb parses", () => {
  it("is collected from the schema modules", () => {
    const names = schemas.map(([name]) => name);
    for (const expected of [
      "customers/schemas.ts:createCustomerSchema",
      "contacts/schemas.ts:createContactSchema",
      "customers/list-params.ts:customerQuerySchema",
      "contacts/list-params.ts:contactQuerySchema",
      "service/list-params.ts:serviceQuerySchema",
      "service/schemas.ts:createServiceRecordSchema",
      "service/messages/schemas.ts:postMessageSchema",
      "reports/schemas.ts:customerReportSchema",
      "auth/schemas.ts:resetPasswordSchema",
      "invitations/schemas.ts:acceptInvitationSchema",
      "picklists/schemas.ts:picklistItemSchema",
      "products/schemas.ts:createProductSchema",
      "time-entries/schemas.ts:manualEntrySchema",
      "approval/schemas.ts:approveSchema",
      "inbound/resend-payload.ts:receivedEmailEvent",
    ]) {
      expect(names).toContain(expected);
    }
  });

  it.each(schemas)("%s bounds every string", (_name, schema) => {
    expect(unboundedStrings(schema)).toEqual([]);
  });
});
