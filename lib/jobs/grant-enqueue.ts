import "server-only";
import postgres from "postgres";
import { APP_ROLE } from "@/db/app-role";

/**
 * Verbs enqueue e-mail jobs inside their own transaction (lib/email/enqueue-email.ts), which runs
 * as the app role (row-level security, db/migrations/0017_rls.sql). pg-boss creates and upgrades
 * its schema at start, after the migrations, so the grant follows each start: enqueueing only
 * (read the queue, insert the job). Job payloads hold ids, no tenant data; workers run as the owner.
 */
export async function grantEnqueueToAppRole(ownerUrl: string, schema = "pgboss") {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    const [role] = await sql`select 1 from pg_roles where rolname = ${APP_ROLE}`;
    if (!role) return;
    await sql.unsafe(`grant usage on schema ${schema} to ${APP_ROLE}`);
    await sql.unsafe(`grant select, insert on all tables in schema ${schema} to ${APP_ROLE}`);
  } finally {
    await sql.end();
  }
}
