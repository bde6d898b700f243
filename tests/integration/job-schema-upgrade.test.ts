import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { getBoss, QUEUES, stopBoss } from "@/lib/jobs/boss";
import bossVersion from "pg-boss/version.json";
import { uniqueEmail } from "./factories";
import { closeConnections } from "./helpers";

afterAll(async () => {
  await stopBoss();
  await closeConnections();
});

describe("a database left by the pg-boss 12 of earlier versions", () => {
  it("gets a schema this pg-boss runs on, and its unsent e-mail is queued again", { timeout: 30_000 }, async () => {
    await stopBoss();
    // What pg-boss 12 leaves behind, as far as pg-boss 10 looks: a version table saying newer.
    await db.execute(sql`drop schema if exists pgboss cascade`);
    await db.execute(sql`create schema pgboss`);
    await db.execute(sql`create table pgboss.version (version int primary key, maintained_on timestamptz, cron_on timestamptz)`);
    await db.execute(sql`insert into pgboss.version (version) values (${bossVersion.schema + 2})`);
    const [unsent] = await db
      .insert(emailOutbox)
      .values({ kind: "passwordReset", to: uniqueEmail("old-db"), subject: "Reset", html: "<p>Reset</p>", text: "Reset", locale: "en" })
      .returning({ id: emailOutbox.id });

    const boss = await getBoss();
    expect(boss).toBeTruthy();
    const [version] = await db.execute<{ version: number }>(sql`select version from pgboss.version`);
    expect(Number(version!.version)).toBe(bossVersion.schema);
    const jobs = await db.execute<{ state: string }>(
      sql`select state from pgboss.job where name = ${QUEUES.email} and data->>'emailId' = ${unsent!.id}`,
    );
    expect(jobs.map((j) => j.state)).toEqual(["created"]);
  });
});
