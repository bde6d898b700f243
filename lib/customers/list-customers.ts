import "server-only";
import { and, asc, count, desc, eq, gt, ilike, inArray, lt, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { customers } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { foldForSearch } from "@/lib/search/fold";
import { parseInput } from "@/lib/validation";
import { CUSTOMER_TYPES, LIFECYCLE_STATUSES } from "./schemas";

export const PAGE_SIZE = 50;
/** Counting stops here: "1,000+" is shown instead of counting every row. */
export const COUNT_CAP = 1000;

const csv = <T extends string>(values: readonly [T, ...T[]]) =>
  z.preprocess((v) => (typeof v === "string" && v ? v.split(",") : Array.isArray(v) ? v : []), z.array(z.enum(values)));

export const customerQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  status: csv(LIFECYCLE_STATUSES),
  type: csv(CUSTOMER_TYPES),
  region: z.uuid().optional().catch(undefined),
  rep: z.uuid().optional().catch(undefined),
  sort: z.enum(["name", "created"]).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  after: z.string().optional(),
});

type Cursor = { v: string; id: string };

function encodeCursor(cursor: Cursor) {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString()) as Cursor;
    return typeof value.v === "string" && z.uuid().safeParse(value.id).success ? value : null;
  } catch {
    return null;
  }
}

/**
 * Keyset pagination on (sort column, id): page 2,000 costs what page 1 does, and a row inserted
 * meanwhile never shifts a page. The cursor is opaque to the client.
 */
export async function listCustomers(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "customers.view");
  const query = parseInput(customerQuerySchema, input ?? {});
  const folded = query.q ? foldForSearch(query.q) : "";
  const filters: (SQL | undefined)[] = [
    folded ? ilike(customers.searchText, `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
    query.status.length ? inArray(customers.status, query.status) : undefined,
    query.type.length ? inArray(customers.type, query.type) : undefined,
    query.region ? eq(customers.regionId, query.region) : undefined,
    query.rep ? or(eq(customers.salesRepId, query.rep), eq(customers.supportRepId, query.rep)) : undefined,
  ];
  const column = query.sort === "created" ? customers.createdAt : customers.name;
  const cursor = decodeCursor(query.after);
  const beyond = query.dir === "asc" ? gt : lt;
  const cursorValue = cursor ? (query.sort === "created" ? new Date(cursor.v) : cursor.v) : null;
  const page = cursorValue !== null
    ? or(beyond(column, cursorValue), and(eq(column, cursorValue), beyond(customers.id, cursor!.id)))
    : undefined;
  const order = query.dir === "asc" ? [asc(column), asc(customers.id)] : [desc(column), desc(customers.id)];

  const [rows, [counted]] = await Promise.all([
    ctx.t.db
      .select({
        id: customers.id,
        name: customers.name,
        accountCode: customers.accountCode,
        type: customers.type,
        status: customers.status,
        regionId: customers.regionId,
        email: customers.email,
        phone: customers.phone,
        salesRepId: customers.salesRepId,
        createdAt: customers.createdAt,
      })
      .from(customers)
      .where(ctx.t.where(customers, ...filters, page))
      .orderBy(...order)
      .limit(PAGE_SIZE + 1),
    ctx.t.db
      .select({ n: count() })
      .from(ctx.t.db.select({ id: customers.id }).from(customers).where(ctx.t.where(customers, ...filters)).limit(COUNT_CAP + 1).as("capped")),
  ]);
  const more = rows.length > PAGE_SIZE;
  const pageRows = rows.slice(0, PAGE_SIZE);
  const last = pageRows.at(-1);
  const total = counted?.n ?? 0;
  return {
    rows: pageRows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    nextCursor:
      more && last ? encodeCursor({ v: query.sort === "created" ? last.createdAt.toISOString() : last.name, id: last.id }) : null,
    total: total > COUNT_CAP ? (`${COUNT_CAP}+` as const) : total,
  };
}
