import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/db/client";

describe("integration database", () => {
  afterAll(async () => {
    await closeDb();
  });

  it("is reachable through db/client", async () => {
    const rows = await db.execute<{ one: number }>(sql`select 1 as one`);
    expect(rows[0]?.one).toBe(1);
  });

  it("has the migrated schema (users table)", async () => {
    const rows = await db.execute<{ name: string | null }>(sql`select to_regclass('public.users')::text as name`);
    expect(rows[0]?.name).toBe("users");
  });

  it("is a per-run database, not the development one", () => {
    expect(new URL(process.env.DATABASE_URL ?? "").pathname).toBe("/servio_test");
  });
});
