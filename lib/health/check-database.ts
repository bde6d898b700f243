import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";

/** True when the database answers a trivial query. */
export async function databaseAnswers() {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
